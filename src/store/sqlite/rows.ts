/** Rows as SQLite returns them, and their mapping to the domain's types. */
import type { BibRecord } from '../../review/records/types.js';
import type { Decision, Resolution, ResolutionMethod, Stage, Verdict } from '../../review/screening/types.js';
import type { DecisionEvent, ImportBatch, MergeGroup, ResolutionEvent, RetrievalEvent, StoredRecord } from '../review-store.js';

export interface RecordRow { id: number; batch_id: number; json: string; duplicate_of: number | null }
export interface BatchRow { id: number; file: string; database: string; count: number; imported_by: string | null; imported_at: string }
export interface DecisionRow { id: number; record_id: number; stage: Stage; reviewer_id: string; verdict: Verdict; reason: string | null; note: string | null; at: string }
export interface ResolutionRow { id: number; record_id: number; stage: Stage; verdict: Verdict; reason: string | null; method: ResolutionMethod; by: string; why: string; at: string }
export interface RetrievalRow { id: number; record_id: number; status: 'retrieved' | 'not_retrieved'; by: string; note: string | null; at: string }
export interface MergeRow { id: number; primary_id: number; members: string; joined: string; joined_into: number | null; by: string; reason: string; at: string; undone_by: string | null; undone_at: string | null }

export const toRecord = (r: RecordRow): StoredRecord => ({ id: r.id, batchId: r.batch_id, record: JSON.parse(r.json) as BibRecord, duplicateOf: r.duplicate_of });

export const toBatch = (r: BatchRow): ImportBatch => ({ id: r.id, file: r.file, database: r.database, count: r.count, by: r.imported_by, at: r.imported_at });

export const toDecision = (r: DecisionRow): Decision => ({ recordId: r.record_id, stage: r.stage, reviewer: r.reviewer_id, verdict: r.verdict, reason: r.reason, note: r.note, at: r.at });

export const toDecisionEvent = (r: DecisionRow): DecisionEvent => ({ eventId: r.id, ...toDecision(r) });

export const toResolution = (r: ResolutionRow): Resolution => ({ recordId: r.record_id, stage: r.stage, verdict: r.verdict, reason: r.reason, method: r.method, by: r.by, why: r.why, at: r.at });

export const toResolutionEvent = (r: ResolutionRow): ResolutionEvent => ({ eventId: r.id, ...toResolution(r) });

export const toRetrieval = (r: RetrievalRow): RetrievalEvent => ({ eventId: r.id, recordId: r.record_id, status: r.status, by: r.by, note: r.note, at: r.at });

export const toMergeGroup = (r: MergeRow): MergeGroup => ({
  groupId: r.id,
  primary: r.primary_id,
  members: (JSON.parse(r.members) as number[]).sort((a, b) => (a === r.primary_id ? -1 : b === r.primary_id ? 1 : a - b)),
  by: r.by,
  reason: r.reason,
  at: r.at,
  undone: r.undone_by === null || r.undone_at === null ? null : { by: r.undone_by, at: r.undone_at },
  joined: JSON.parse(r.joined) as number[],
  joinedInto: r.joined_into,
});
