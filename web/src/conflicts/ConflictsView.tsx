/**
 * Resolvers only: the records whose reviewers disagree at the stage (or agree on "maybe"
 * at full text), each with every reviewer's verdict, reason and note, and a form to settle it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Stage, StageOutcome } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { listRecords } from '../screening/screening-api.js';
import { listConflicts } from './conflicts-api.js';
import { ResolveForm } from './ResolveForm.js';

export function ConflictsView({ stage, reasons, onResolved }: { readonly stage: Stage; readonly reasons: readonly string[]; readonly onResolved: () => void }) {
  const { t } = useI18n();
  const [items, setItems] = useState<StageOutcome[]>();
  const [titles, setTitles] = useState<ReadonlyMap<number, string>>(new Map());
  const [error, setError] = useState<string>();
  const [resolved, setResolved] = useState(0);
  const load = useCallback(() => {
    Promise.all([listConflicts(stage), listRecords({ stage, filter: 'conflicts', offset: 0, limit: 500 })]).then(
      ([cs, page]) => {
        setItems(cs);
        setTitles(new Map(page.items.map((r) => [r.id, r.title])));
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [stage]);
  useEffect(load, [load]);

  if (error !== undefined) return <p className="error">{error}</p>;
  if (items === undefined) return <p className="muted">{t('server.loading')}</p>;
  return (
    <section className="conflicts" data-testid="conflicts">
      {resolved > 0 && (
        <p className="muted" data-testid="resolved-note">
          {t('con.resolvedN', { n: resolved })}
        </p>
      )}
      {items.length === 0 ? (
        <p className="panel" data-testid="no-conflicts">
          {t('con.none')}
        </p>
      ) : (
        items.map((c) => (
          <article key={c.recordId} className="conflict" data-testid="conflict" data-record-id={c.recordId}>
            <p className="muted">
              #{c.recordId} · {t(`con.kind.${c.conflict ?? 'disagreement'}`)}
            </p>
            <h3>{titles.get(c.recordId) ?? `#${c.recordId}`}</h3>
            <table>
              <tbody>
                {c.decisions.map((d) => (
                  <tr key={d.reviewer}>
                    <th>{d.reviewer}</th>
                    <td className={`v-${d.verdict}`}>{t(`verdict.${d.verdict}`)}</td>
                    <td>{d.reason ?? ''}</td>
                    <td className="muted">{d.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ResolveForm
              conflict={c}
              stage={stage}
              reasons={reasons}
              onDone={() => {
                setResolved((n) => n + 1);
                onResolved();
                load();
              }}
            />
          </article>
        ))
      )}
    </section>
  );
}
