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
import type { Decision, RecordId, Resolution, Reviewer, ScreeningLedger, Stage } from '../review/screening/types.js';

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
  /** Groups this merge took in whole (a record of the merge was already in them); undoing this merge makes them live again. */
  readonly joined: readonly number[];
  /** The group that has since taken this one in, while that merge stands (this group is then not live), or null. */
  readonly joinedInto: number | null;
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

/**
 * Which part of the screening to read: the decisions and resolutions of some records, or
 * of the (record, stage) pairs one reviewer has decided. Blinded views are per pair, so
 * a view computed on a part equals the whole view restricted to that part.
 */
export type ScreeningScope = { readonly recordIds: readonly RecordId[] } | { readonly decidedBy: string };

export interface ReviewStore {
  close(): void;
  readonly schemaVersion: number;

  importRecords(records: readonly BibRecord[], opts: ImportOptions): { batchId: number; count: number };
  batches(): ImportBatch[];
  record(id: RecordId): StoredRecord | undefined;
  /** Every record in id order; removed duplicates too unless `{ duplicates: false }`. */
  records(opts?: { duplicates?: boolean }): StoredRecord[];
  countRecords(): number;

  /**
   * Merges records, the first kept. A record already in a live merge group brings its
   * group along: the result is one new group of the union (kept: the first such group's
   * primary), the old groups are kept as history and come back if this merge is undone.
   */
  merge(ids: readonly RecordId[], opts: { by: string; reason: string }): MergeGroup;
  /** Undoes a live merge (a group taken into a later merge is undone by undoing that one). */
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
  /** Several settings at once, in one transaction: all are written or, on an error, none. */
  setSettings(values: Readonly<Record<string, unknown>>): void;

  /** Everything screening and PRISMA need, as of one moment. */
  ledger(): PrismaLedger;
  /** The screening of part of the project (reviewers, required and reasons in full), read by index. */
  screening(scope: ScreeningScope): ScreeningLedger;
}

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
