/**
 * blindedView for one asker, computed on the part of the ledger that can matter. Each
 * (record, stage) pair's entry depends only on that pair's decisions and resolution (and
 * the reviewers and required number), so a view computed on some pairs equals the whole
 * view restricted to them (test/server/asker-view.test.ts checks the equality). A
 * non-resolver's view has entries only for pairs the asker decided; a resolver's covers
 * every pair. readAskerView reads just that part from the store, by index: one record's
 * pairs for a record page, the asker's own pairs for a reviewer's whole view, and the
 * (incrementally cached) ledger only for a resolver's whole view.
 */
import { blindedView, type BlindedEntry } from '../../review/screening/blinded-view.js';
import { pairKey } from '../../review/screening/group.js';
import type { RecordId, ScreeningLedger } from '../../review/screening/types.js';
import type { ReviewStore } from '../../store/review-store.js';

export function askerView(ledger: ScreeningLedger, asker: string): BlindedEntry[] {
  if (ledger.reviewers.some((r) => r.id === asker && r.canResolve)) return blindedView(ledger, asker);
  const mine = new Set(ledger.decisions.filter((d) => d.reviewer === asker).map((d) => pairKey(d.recordId, d.stage)));
  const keep = <T extends { recordId: number; stage: ScreeningLedger['decisions'][number]['stage'] }>(x: T) => mine.has(pairKey(x.recordId, x.stage));
  return blindedView({ ...ledger, decisions: ledger.decisions.filter(keep), resolutions: ledger.resolutions.filter(keep) }, asker);
}

/** The asker's view of some records, or (no ids) all of it, read from the store. */
export function readAskerView(store: ReviewStore, asker: string, recordIds?: readonly RecordId[]): BlindedEntry[] {
  if (recordIds !== undefined) return askerView(store.screening({ recordIds }), asker);
  const resolver = store.reviewers().some((r) => r.id === asker && r.canResolve);
  return askerView(resolver ? store.ledger() : store.screening({ decidedBy: asker }), asker);
}
