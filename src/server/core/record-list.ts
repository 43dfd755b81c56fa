/**
 * A page of records as one reviewer may see them: each with the asker's own screening
 * state at a stage, from blindedView (askerView), so the list can never show what the
 * asker's view would not. Filters: undecided (kept records the asker has not decided at
 * the stage, and at full text only those that passed title/abstract), mine (decided by
 * the asker), conflicts (resolvers only: the route checks). Filtering runs on the
 * ledger (kept up to date incrementally by the store), with the asker's own decisions
 * read off it directly; the blinded view is computed for the page's records only, and
 * only they are read in full.
 */
import type { BibRecord } from '../../review/records/types.js';
import type { BlindedEntry } from '../../review/screening/blinded-view.js';
import { conflicts } from '../../review/screening/conflicts.js';
import { passes, stageOutcomes } from '../../review/screening/stage-outcome.js';
import { pairKey } from '../../review/screening/group.js';
import type { Stage } from '../../review/screening/types.js';
import type { ReviewStore, StoredRecord } from '../../store/review-store.js';
import { readAskerView } from './asker-view.js';

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
  let ids = ledger.records.filter((r) => q.filter === 'all' || r.duplicateOf === null).map((r) => r.id);
  if (q.filter === 'mine' || q.filter === 'undecided') {
    // the asker's view of a record has `mine` exactly when the asker has a decision there
    const mine = new Set(ledger.decisions.filter((d) => d.reviewer === asker && d.stage === q.stage).map((d) => d.recordId));
    ids = ids.filter((id) => mine.has(id) === (q.filter === 'mine'));
  }
  if (q.filter === 'undecided' && q.stage === 'full_text') {
    const ta = <T extends { stage: Stage }>(x: T) => x.stage === 'title_abstract';
    const outcomes = stageOutcomes(ledger.decisions.filter(ta), ledger.resolutions.filter(ta), ledger.required);
    ids = ids.filter((id) => passes(outcomes.get(pairKey(id, 'title_abstract'))));
  }
  if (q.filter === 'conflicts') {
    const inConflict = new Set(conflicts(ledger, q.stage).map((o) => o.recordId));
    ids = ids.filter((id) => inConflict.has(id));
  }
  const page = ids.slice(q.offset, q.offset + q.limit);
  const view = new Map(readAskerView(store, asker, page).filter((e) => e.stage === q.stage).map((e) => [e.recordId, e]));
  const items = page.map((id) => summary(store.record(id)!, view.get(id) ?? null));
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
