/**
 * A page of records as one reviewer may see them: each with the asker's own screening
 * state at a stage, from blindedView (askerView), so the list can never show what the
 * asker's view would not. Filters: undecided (kept records the asker has not decided at
 * the stage, and at full text only those that passed title/abstract), mine (decided by
 * the asker), conflicts (resolvers only: the route checks). Filtering runs on the
 * ledger's record list; only the page's records are read in full.
 */
import type { BibRecord } from '../../review/records/types.js';
import type { BlindedEntry } from '../../review/screening/blinded-view.js';
import { conflicts } from '../../review/screening/conflicts.js';
import { passes, stageOutcomes } from '../../review/screening/stage-outcome.js';
import { pairKey } from '../../review/screening/group.js';
import type { Stage } from '../../review/screening/types.js';
import type { ReviewStore, StoredRecord } from '../../store/review-store.js';
import { askerView } from './asker-view.js';

export type RecordFilter = 'all' | 'undecided' | 'mine' | 'conflicts';

export interface RecordSummary {
  readonly id: number;
  readonly title: string;
  readonly authors: BibRecord['authors'];
  readonly year: number | null;
  readonly journal: string | null;
  readonly database: string;
  readonly duplicateOf: number | null;
  /** The asker's view of this record at the stage (null: not decided by the asker, nothing visible). */
  readonly screening: BlindedEntry | null;
}

export interface RecordPage {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly RecordSummary[];
}

export function listRecords(store: ReviewStore, asker: string, q: { stage: Stage; filter: RecordFilter; offset: number; limit: number }): RecordPage {
  const ledger = store.ledger();
  const view = new Map(askerView(ledger, asker).filter((e) => e.stage === q.stage).map((e) => [e.recordId, e]));
  let ids = ledger.records.filter((r) => q.filter === 'all' || r.duplicateOf === null).map((r) => r.id);
  if (q.filter === 'mine') ids = ids.filter((id) => view.get(id)?.mine);
  if (q.filter === 'undecided') {
    ids = ids.filter((id) => !view.get(id)?.mine);
    if (q.stage === 'full_text') {
      const outcomes = stageOutcomes(ledger.decisions, ledger.resolutions, ledger.required);
      ids = ids.filter((id) => passes(outcomes.get(pairKey(id, 'title_abstract'))));
    }
  }
  if (q.filter === 'conflicts') {
    const inConflict = new Set(conflicts(ledger, q.stage).map((o) => o.recordId));
    ids = ids.filter((id) => inConflict.has(id));
  }
  const items = ids.slice(q.offset, q.offset + q.limit).map((id) => summary(store.record(id)!, view.get(id) ?? null));
  return { total: ids.length, offset: q.offset, limit: q.limit, items };
}

const summary = ({ id, record: r, duplicateOf }: StoredRecord, screening: BlindedEntry | null): RecordSummary => ({
  id,
  title: r.title,
  authors: r.authors,
  year: r.year ?? null,
  journal: r.journal ?? null,
  database: r.source.database,
  duplicateOf,
  screening,
});
