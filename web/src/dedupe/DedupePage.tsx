/**
 * The deduplication queue: the pairs the automatic pass could not call, side by side,
 * to merge or keep apart; running the pass; and the merges, each undoable. Deciding,
 * running and undoing are for owners (the server enforces it; the buttons follow).
 */
import { useCallback, useEffect, useState } from 'react';
import type { MergeGroup, SessionUser, UncertainPair } from '../api/types.js';
import { useAction } from '../common/use-action.js';
import { useI18n } from '../i18n/i18n.js';
import '../screening/screening.css';
import { decidePair, mergeGroups, runDedupe, uncertainPairs, undoMerge } from './dedupe-api.js';
import { MergeList } from './MergeList.js';
import { PairCard } from './PairCard.js';

export function DedupePage({ user }: { readonly user: SessionUser }) {
  const { t } = useI18n();
  const owner = user.role === 'owner';
  const [pairs, setPairs] = useState<UncertainPair[]>();
  const [groups, setGroups] = useState<MergeGroup[]>([]);
  const [note, setNote] = useState<string>();
  const { error, busy, fail, act: actThen } = useAction();
  const load = useCallback(() => {
    Promise.all([uncertainPairs(), mergeGroups()]).then(([p, g]) => {
      setPairs(p);
      setGroups(g);
    }, fail);
  }, [fail]);
  useEffect(load, [load]);
  const act = (f: () => Promise<unknown>) => actThen(f, load);
  const run = () =>
    act(async () => {
      const r = await runDedupe();
      setNote(t('dd.ran', { merged: r.merged.length, uncertain: r.uncertain }));
    });

  return (
    <div className="dedupe">
      <p className="intro">{t('dd.intro')}</p>
      {owner && (
        <div className="toolbar">
          <button type="button" data-testid="dedupe-run" disabled={busy} onClick={() => void run()}>
            {t('dd.run')}
          </button>
          {note !== undefined && (
            <span className="muted" data-testid="dedupe-note">
              {note}
            </span>
          )}
        </div>
      )}
      {error !== undefined && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <h2>{t('dd.queue', { n: pairs?.length ?? 0 })}</h2>
      {pairs === undefined ? (
        <p className="muted">{t('server.loading')}</p>
      ) : pairs.length === 0 ? (
        <p className="muted" data-testid="no-pairs">
          {t('dd.empty')}
        </p>
      ) : (
        <div className="pairs">
          {pairs.map((p) => (
            <PairCard key={`${p.a.id}-${p.b.id}`} item={p} canDecide={owner && !busy} onDecide={(action) => void act(() => decidePair(p.a.id, p.b.id, action))} />
          ))}
        </div>
      )}
      <h2>{t('dd.merges')}</h2>
      <MergeList groups={groups} canUndo={owner && !busy} onUndo={(id) => void act(() => undoMerge(id))} />
    </div>
  );
}
