/**
 * Deduplication over the project: dedupe() on the records not yet in a merge (named by
 * store id, since source ids repeat across databases), confident groups merged at
 * once, uncertain pairs queued in the project's settings for a person to merge or keep.
 * The queue lists only pairs still open: neither kept apart nor merged since, and both
 * records still live (a record merged into another since the run is no longer a candidate;
 * undoing that merge brings its pairs back). Merging a pair whose record is already in a
 * merge group joins the pair into that group (store.merge), undone as one step.
 */
import { dedupe } from '../../review/dedupe/dedupe.js';
import type { ReviewStore, StoredRecord } from '../../store/review-store.js';

const QUEUE = 'server.dedupe.uncertain';
const KEPT = 'server.dedupe.kept';

export interface QueuedPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly reasons: readonly string[];
}

const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

function merged(store: ReviewStore): Set<number> {
  return new Set(store.mergeGroups().filter((g) => g.undone === null && g.joinedInto === null).flatMap((g) => g.members));
}

export function runDedupe(store: ReviewStore, by: string, apply: boolean): { merged: number[][]; uncertain: number } {
  const inMerge = merged(store);
  const open = store.records({ duplicates: false }).filter((r) => !inMerge.has(r.id));
  const result = dedupe(open.map((r) => ({ ...r.record, sourceId: String(r.id) })));
  const groups = result.groups.map((g) => g.map(Number));
  if (apply) for (const g of groups) store.merge(g, { by, reason: 'automatic deduplication (confident match)' });
  const scored = new Map(result.pairs.map((p) => [key(Number(p.a), Number(p.b)), p]));
  const queue: QueuedPair[] = result.uncertain.map(([a, b]) => {
    const p = scored.get(key(Number(a), Number(b)))!;
    return { a: Number(a), b: Number(b), score: p.score, reasons: p.reasons };
  });
  store.setSetting(QUEUE, queue);
  return { merged: apply ? groups : [], uncertain: openPairs(store).length };
}

export function openPairs(store: ReviewStore): { pair: QueuedPair; a: StoredRecord; b: StoredRecord }[] {
  const kept = new Set((store.setting(KEPT) as string[] | undefined) ?? []);
  const inMerge = merged(store);
  const queue = (store.setting(QUEUE) as QueuedPair[] | undefined) ?? [];
  return queue
    .filter((p) => !kept.has(key(p.a, p.b)) && !(inMerge.has(p.a) && inMerge.has(p.b)))
    .map((pair) => ({ pair, a: store.record(pair.a)!, b: store.record(pair.b)! }))
    .filter(({ a, b }) => a.duplicateOf === null && b.duplicateOf === null);
}

/** Records a person's judgement that two records are different publications. */
export function keepApart(store: ReviewStore, a: number, b: number): void {
  const kept = (store.setting(KEPT) as string[] | undefined) ?? [];
  if (!kept.includes(key(a, b))) store.setSetting(KEPT, [...kept, key(a, b)]);
}
