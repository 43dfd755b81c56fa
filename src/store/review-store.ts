/**
 * The project store: everything a review records, behind an interface a PostgreSQL back
 * end can implement later. Every method that writes several rows does so in one
 * transaction, and nothing is deleted: merges, undone merges, changed decisions and
 * resolutions are appended as events with who and when, and the current state is a view
 * over them.
 */
import type { BibRecord } from '../review/records/types.js';
import type { DecisionInput } from '../review/screening/check-decision.js';
import type { ResolutionInput } from '../review/screening/check-resolution.js';
import type { PrismaLedger } from '../review/prisma-ledger.js';
import type { Decision, RecordId, Resolution, Reviewer, Stage } from '../review/screening/types.js';

export interface StoredRecord {
  readonly id: RecordId;
  readonly batchId: number;
  readonly record: BibRecord;
  /** The record this one is currently merged into, or null. */
  readonly duplicateOf: RecordId | null;
}

export interface ImportBatch {
  readonly id: number;
  readonly file: string;
  readonly database: string;
  readonly count: number;
  readonly by: string | null;
  readonly at: string;
}

export interface ImportOptions {
  readonly file: string;
  readonly database: string;
  readonly by?: string;
  /** Called every `every` records (default 10,000) and at the end, inside the transaction. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly every?: number;
}

export interface MergeGroup {
  readonly groupId: number;
  /** The record kept; the others are removed as its duplicates. */
  readonly primary: RecordId;
  readonly members: readonly RecordId[];
  readonly by: string;
  readonly reason: string;
  readonly at: string;
  /** Set when the merge was undone (the group then no longer removes anything). */
  readonly undone: { readonly by: string; readonly at: string } | null;
}

export interface DecisionEvent extends Decision {
  readonly eventId: number;
}

export interface ResolutionEvent extends Resolution {
  readonly eventId: number;
}

export interface RetrievalEvent {
  readonly eventId: number;
  readonly recordId: RecordId;
  readonly status: 'retrieved' | 'not_retrieved';
  readonly by: string;
  readonly note: string | null;
  readonly at: string;
}

export interface DecisionFilter {
  readonly stage?: Stage;
  readonly recordId?: RecordId;
  readonly reviewer?: string;
  /** "current" (default): each reviewer's latest decision; "first": their first, independent one. */
  readonly which?: 'current' | 'first';
}

export interface ReviewStore {
  close(): void;
  readonly schemaVersion: number;

  importRecords(records: readonly BibRecord[], opts: ImportOptions): { batchId: number; count: number };
  batches(): ImportBatch[];
  record(id: RecordId): StoredRecord | undefined;
  /** Every record in id order; removed duplicates too unless `{ duplicates: false }`. */
  records(opts?: { duplicates?: boolean }): StoredRecord[];
  countRecords(): number;

  merge(ids: readonly RecordId[], opts: { by: string; reason: string }): MergeGroup;
  undoMerge(groupId: number, opts: { by: string }): MergeGroup;
  /** Every merge ever made, undone ones included, in order. */
  mergeGroups(): MergeGroup[];

  addReviewer(reviewer: Reviewer): void;
  reviewers(): Reviewer[];

  addExclusionReason(label: string): void;
  exclusionReasons(): string[];

  decide(input: DecisionInput): Decision;
  decisions(filter?: DecisionFilter): Decision[];
  decisionHistory(recordId: RecordId, stage?: Stage): DecisionEvent[];

  resolve(input: ResolutionInput): Resolution;
  resolutions(stage?: Stage): Resolution[];
  resolutionHistory(recordId: RecordId, stage?: Stage): ResolutionEvent[];

  markRetrieval(recordId: RecordId, opts: { status: 'retrieved' | 'not_retrieved'; by: string; note?: string }): void;
  retrievalHistory(recordId: RecordId): RetrievalEvent[];

  setting(key: string): unknown;
  setSetting(key: string, value: unknown): void;

  /** Everything screening and PRISMA need, read in one transaction. */
  ledger(): PrismaLedger;
}

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
