/** The asker's progress at the stage: a bar, and their own counts by verdict. */
import { useI18n } from '../i18n/i18n.js';
import type { Counts } from './screening-api.js';

export function Progress({ counts }: { readonly counts: Counts | undefined }) {
  const { t } = useI18n();
  if (counts === undefined) return <div className="progress" />;
  const total = counts.decided + counts.undecided;
  const share = total === 0 ? 0 : counts.decided / total;
  return (
    <div className="progress" data-testid="progress" data-decided={counts.decided} data-total={total}>
      <div className="bar" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={counts.decided}>
        <div style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <span>{t('scr.progress', { done: counts.decided, total, pct: Math.round(share * 100) })}</span>
      <span className="counts" data-testid="counts">
        <span className="v-include">{t('verdict.include')} {counts.include}</span>
        <span className="v-exclude">{t('verdict.exclude')} {counts.exclude}</span>
        <span className="v-maybe">{t('verdict.maybe')} {counts.maybe}</span>
        <span className="muted">{t('scr.awaiting', { n: counts.awaiting })}</span>
      </span>
    </div>
  );
}
