/**
 * Under "From the project": whether the report pools this outcome with a saved analysis
 * (which, by whom, when) or with the defaults, and "Use in the project's report" to save
 * the options shown, offered to owners and resolvers only (anyone else is told why; the
 * server refuses them too).
 */
import { analysisWords, type SavedOutcomeAnalysis } from '../../../src/analysis/outcome-analysis.js';
import type { Right } from '../api/resolver.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  readonly saved: SavedOutcomeAnalysis | null;
  /** The options shown differ from the saved ones. */
  readonly changed: boolean;
  readonly busy: boolean;
  /** Whether the user may save it (owners and resolvers); 'unknown' while the server is asked. */
  readonly canSave: Right;
  readonly error: string | undefined;
  readonly onSave: () => void;
  readonly onClear: () => void;
}

export function ReportChoice({ saved, changed, busy, canSave, error, onSave, onClear }: Props) {
  const { t } = useI18n();
  return (
    <div className="report-choice" data-testid="report-choice">
      <p className="muted" data-testid="report-choice-state" data-saved={saved !== null}>
        {saved === null ? t('analysis.notSaved') : t('analysis.savedState', { words: analysisWords(saved.options), by: saved.by, date: saved.at.slice(0, 10) })}
        {changed && <> {t('analysis.savedChanged')}</>}
      </p>
      {canSave === 'no' ? (
        <p className="muted" data-testid="report-choice-readonly">
          {t('analysis.saveOnlyResolvers')}
        </p>
      ) : (
        <div className="toolbar">
          <button type="button" data-testid="use-in-report" disabled={busy || canSave !== 'yes' || (saved !== null && !changed)} title={t('analysis.useInReportHelp')} onClick={onSave}>
            {t('analysis.useInReport')}
          </button>
          {saved !== null && (
            <button type="button" className="link" data-testid="report-default" disabled={busy || canSave !== 'yes'} onClick={onClear}>
              {t('analysis.backToDefault')}
            </button>
          )}
        </div>
      )}
      {error !== undefined && (
        <p className="error" role="alert" data-testid="report-choice-error">
          {error}
        </p>
      )}
    </div>
  );
}
