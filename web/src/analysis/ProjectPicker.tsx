/**
 * "From the project", shown when the page is served by metasift with someone signed in:
 * the outcome whose extracted studies fill the study table, and the study characteristic
 * (MSC source, disease, route …) that fills its Subgroup column. What the server's table
 * says about left-out studies or unchecked values is listed under them.
 */
import type { Outcome } from '../../../src/review/extraction/types.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';

/** The characteristics it makes sense to pool subgroups by (not notes, arm sizes or registrations). */
export const SUBGROUP_CHARACTERISTICS = ['msc_source', 'msc_source_detail', 'disease', 'condition', 'route', 'dose', 'co_therapy', 'control', 'follow_up'] as const;

interface Props {
  readonly outcomes: readonly Outcome[];
  /** The loaded outcome's name, '' when the table is not the project's. */
  readonly outcome: string;
  /** The characteristic the subgroups follow, '' for none. */
  readonly by: string;
  readonly busy: boolean;
  readonly warnings: readonly string[];
  readonly error: string | undefined;
  readonly onOutcome: (name: string) => void;
  readonly onBy: (characteristic: string) => void;
}

export function ProjectPicker({ outcomes, outcome, by, busy, warnings, error, onOutcome, onBy }: Props) {
  const { t } = useI18n();
  return (
    <section className="project-source" data-testid="project-source">
      <h2>{t('analysis.project')}</h2>
      <div className="options">
        <label>
          {t('analysis.outcome')}
          <select data-testid="project-outcome" value={outcome} disabled={busy} onChange={(e) => onOutcome(e.target.value)}>
            <option value="">{t('analysis.outcomeNone')}</option>
            {outcomes.map((o) => (
              <option key={o.name} value={o.name}>
                {o.name} ({t(`ex.type.${o.type}` as MessageKey)}, {o.timepoint})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('analysis.subgroupBy')}
          <select data-testid="subgroup-by" value={by} disabled={busy || outcome === ''} title={outcome === '' ? t('analysis.subgroupByHelp') : undefined} onChange={(e) => onBy(e.target.value)}>
            <option value="">{t('analysis.subgroupNone')}</option>
            {SUBGROUP_CHARACTERISTICS.map((c) => (
              <option key={c} value={c}>
                {t(`ex.char.${c}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {busy && <p className="muted">{t('server.loading')}</p>}
      {error !== undefined && (
        <p className="error" role="alert" data-testid="project-error">
          {error}
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="warnings" data-testid="project-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
