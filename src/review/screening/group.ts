import type { RecordId, Stage } from './types.js';

/** The key of a (record, stage) pair; records and stages never contain NUL. */
export const pairKey = (recordId: RecordId, stage: Stage): string => `${recordId}\u0000${stage}`;

export function groupByPair<T extends { readonly recordId: RecordId; readonly stage: Stage }>(xs: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = pairKey(x.recordId, x.stage);
    const g = out.get(k);
    if (g) g.push(x);
    else out.set(k, [x]);
  }
  return out;
}
