/**
 * blindedView for one asker, computed on the part of the ledger that can matter. A
 * non-resolver's view has entries only for (record, stage) pairs the asker decided,
 * and each pair's state depends only on that pair's decisions and resolution, so
 * keeping just those pairs gives the same view at a fraction of the cost on a large
 * project (test/server/asker-view.test.ts checks the equality). Resolvers get the
 * whole ledger.
 */
import { blindedView, type BlindedEntry } from '../../review/screening/blinded-view.js';
import { pairKey } from '../../review/screening/group.js';
import type { ScreeningLedger } from '../../review/screening/types.js';

export function askerView(ledger: ScreeningLedger, asker: string): BlindedEntry[] {
  if (ledger.reviewers.some((r) => r.id === asker && r.canResolve)) return blindedView(ledger, asker);
  const mine = new Set(ledger.decisions.filter((d) => d.reviewer === asker).map((d) => pairKey(d.recordId, d.stage)));
  const keep = <T extends { recordId: number; stage: ScreeningLedger['decisions'][number]['stage'] }>(x: T) => mine.has(pairKey(x.recordId, x.stage));
  return blindedView({ ...ledger, decisions: ledger.decisions.filter(keep), resolutions: ledger.resolutions.filter(keep) }, asker);
}
