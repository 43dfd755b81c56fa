/**
 * "Download report (HTML)": the project's report from the server (GET /api/report.html,
 * one self-contained file, settled data only for non-resolvers). A plain link, so the
 * browser saves the attachment itself; shown only when a server with a signed-in user is there.
 */
import { useSession } from '../api/session.js';
import { useI18n } from '../i18n/i18n.js';

export const REPORT_URL = '/api/report.html';

export function ReportDownload({ compact = false }: { readonly compact?: boolean }) {
  const { t } = useI18n();
  const { info } = useSession();
  if (info?.user == null) return null;
  return (
    <div className="toolbar report-bar">
      <a className="button" href={REPORT_URL} title={compact ? t('dl.reportHelp') : undefined} download="metasift-report.html" data-testid="download-report">
        {t('dl.report')}
      </a>
      {!compact && <span className="muted">{t('dl.reportHelp')}</span>}
    </div>
  );
}
