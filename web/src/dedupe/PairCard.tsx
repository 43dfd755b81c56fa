/** One uncertain pair side by side, the differences marked, with merge and keep. */
import type { UncertainPair } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { compareFields } from './compare-fields.js';

interface Props {
  readonly item: UncertainPair;
  readonly canDecide: boolean;
  readonly onDecide: (action: 'merge' | 'keep') => void;
}

export function PairCard({ item, canDecide, onDecide }: Props) {
  const { t } = useI18n();
  const { pair, a, b } = item;
  return (
    <article className="pair-card panel" data-testid="pair" data-pair={`${a.id}-${b.id}`}>
      <div className="pair-head">
        <strong>{t('dd.score', { score: pair.score.toFixed(2) })}</strong>
        <span className="muted">{pair.reasons.join(' · ')}</span>
      </div>
      <table className="compare">
        <thead>
          <tr>
            <th />
            <th>#{a.id}</th>
            <th>#{b.id}</th>
          </tr>
        </thead>
        <tbody>
          {compareFields(a.record, b.record).map((r) => (
            <tr key={r.field} className={r.differs ? 'differs' : undefined}>
              <th>{t(`dd.field.${r.field}`)}</th>
              <td>{r.a}</td>
              <td>{r.b}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canDecide && (
        <div className="toolbar">
          <button type="button" data-testid={`merge-${a.id}-${b.id}`} onClick={() => onDecide('merge')}>
            {t('dd.merge', { primary: a.id })}
          </button>
          <button type="button" data-testid={`keep-${a.id}-${b.id}`} onClick={() => onDecide('keep')}>
            {t('dd.keep')}
          </button>
        </div>
      )}
    </article>
  );
}
