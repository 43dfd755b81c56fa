/**
 * What the server's routes answer, in the core's own types (imported as types only, so
 * nothing of the server is bundled). Mirrors src/server/core/record-list.ts and the routes.
 */
import type { BibRecord } from '../../../src/review/records/types.js';
import type { BlindedEntry } from '../../../src/review/screening/blinded-view.js';
import type { StageOutcome } from '../../../src/review/screening/stage-outcome.js';
import type { Decision, Resolution, ResolutionMethod, Stage, Verdict } from '../../../src/review/screening/types.js';

export type { BibRecord, BlindedEntry, Decision, Resolution, ResolutionMethod, Stage, StageOutcome, Verdict };

export type Role = 'owner' | 'reviewer' | 'viewer';
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}
export interface SessionInfo {
  readonly mode: 'local' | 'team';
  readonly user: SessionUser | null;
  readonly csrf: string;
}

export type RecordFilter = 'all' | 'undecided' | 'mine' | 'conflicts';

export interface RecordSummary {
  readonly id: number;
  readonly title: string;
  readonly authors: readonly string[];
  readonly year: number | null;
  readonly journal: string | null;
  readonly database: string;
  readonly duplicateOf: number | null;
  readonly screening: BlindedEntry | null;
}

export interface RecordPage {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly RecordSummary[];
}

/** GET /api/records/:id */
export interface RecordDetail {
  readonly id: number;
  readonly batchId: number;
  readonly record: BibRecord;
  readonly duplicateOf: number | null;
  readonly screening: readonly BlindedEntry[];
}

export interface DecisionBody {
  readonly recordId: number;
  readonly stage: Stage;
  readonly verdict: Verdict;
  readonly reason?: string | null;
  readonly note?: string | null;
}

export interface ResolutionBody {
  readonly recordId: number;
  readonly stage: Stage;
  readonly verdict: Verdict;
  readonly reason?: string | null;
  readonly method: ResolutionMethod;
  readonly why: string;
}

export interface QueuedPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly reasons: readonly string[];
}
export interface StoredRecord {
  readonly id: number;
  readonly batchId: number;
  readonly record: BibRecord;
  readonly duplicateOf: number | null;
}
export interface UncertainPair {
  readonly pair: QueuedPair;
  readonly a: StoredRecord;
  readonly b: StoredRecord;
}
export interface MergeGroup {
  readonly groupId: number;
  readonly primary: number;
  readonly members: readonly number[];
  readonly by: string;
  readonly reason: string;
  readonly at: string;
  readonly undone: { readonly by: string; readonly at: string } | null;
  /** Live groups this merge took in (a record of the pair was already merged). */
  readonly joined: readonly number[];
  /** The merge that took this group in, or null; undo that one to bring this back. */
  readonly joinedInto: number | null;
}
