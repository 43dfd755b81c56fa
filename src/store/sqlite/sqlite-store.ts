/**
 * ReviewStore on one SQLite file per project (better-sqlite3: synchronous, so a
 * transaction is a plain function call and nothing else runs inside it). Screening rules
 * are the domain's (checkDecision, checkResolution), applied inside the transaction
 * that writes, to the state it has just read.
 */
import type Database from 'better-sqlite3';
import type { BibRecord } from '../../review/records/types.js';
import type { PrismaLedger } from '../../review/prisma-ledger.js';
import { checkDecision, type DecisionInput } from '../../review/screening/check-decision.js';
import { checkResolution, type ResolutionInput } from '../../review/screening/check-resolution.js';
import { stageOutcome } from '../../review/screening/stage-outcome.js';
import type { Decision, RecordId, Resolution, Reviewer, ScreeningLedger, Stage } from '../../review/screening/types.js';
import { StoreError, type DecisionEvent, type DecisionFilter, type ImportBatch, type ImportOptions, type MergeGroup, type ResolutionEvent, type RetrievalEvent, type ReviewStore, type ScreeningScope, type StoredRecord } from '../review-store.js';
import { checkRecord } from './check-record.js';
import { extractionStore } from './extraction-store.js';
import { LedgerCache } from './ledger-cache.js';
import { migrate, schemaVersion } from './migrate.js';
import { openDatabase } from './open.js';
import { toBatch, toDecision, type DecisionRow, toDecisionEvent, toMergeGroup, toRecord, toResolution, toResolutionEvent, toRetrieval } from './rows.js';
import { DECISION_SELECT, prepareStatements, type Statements } from './statements.js';

export interface SqliteStoreOptions {
  /** The clock for event times (ISO 8601); tests fix it. */
  readonly now?: () => string;
}

const REQUIRED = 'screening.required';

export class SqliteStore implements ReviewStore {
  readonly db: Database.Database;
  private readonly st: Statements;
  /** The store's clock (SqliteStoreOptions.now): the time every event is stamped with. */
  readonly now: () => string;
  private readonly cache: LedgerCache;
  private readonly decisionQueries = new Map<string, Database.Statement<Record<string, unknown>[], DecisionRow>>();

  private constructor(db: Database.Database, opts: SqliteStoreOptions) {
    this.db = db;
    this.st = prepareStatements(db);
    this.cache = new LedgerCache(db);
    this.now = opts.now ?? (() => new Date().toISOString());
  }

  /** Opens or creates the project file at `path` (":memory:" for tests) at the latest schema. */
  static open(path: string, opts: SqliteStoreOptions = {}): SqliteStore {
    const db = openDatabase(path);
    try {
      migrate(db);
    } catch (e) {
      db.close();
      throw e;
    }
    return new SqliteStore(db, opts);
  }

  get extraction() { return extractionStore(this.db, this.now); } // studies, extracted values, RoB 2 and GRADE (migration 002)

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  close(): void {
    this.db.close();
  }

  importRecords(records: readonly BibRecord[], opts: ImportOptions): { batchId: number; count: number } {
    const every = opts.every ?? 10_000;
    return this.db.transaction(() => {
      const batchId = Number(this.st.insertBatch.run(opts.file, opts.database, records.length, opts.by ?? null, this.now()).lastInsertRowid);
      const insert = this.st.insertRecord;
      for (let i = 0; i < records.length; i++) {
        const r = records[i];
        checkRecord(r, i, opts.file);
        insert.run(batchId, r.sourceId, r.source.database, r.doi ?? null, r.pmid ?? null, r.title, JSON.stringify(r));
        if (opts.onProgress && (i + 1) % every === 0 && i + 1 < records.length) opts.onProgress(i + 1, records.length);
      }
      opts.onProgress?.(records.length, records.length);
      return { batchId, count: records.length };
    })();
  }

  batches(): ImportBatch[] {
    return this.st.batches.all().map(toBatch);
  }

  record(id: RecordId): StoredRecord | undefined {
    const r = this.st.record.get(id);
    return r && toRecord(r);
  }

  records(opts: { duplicates?: boolean } = {}): StoredRecord[] {
    return (opts.duplicates === false ? this.st.keptRecords : this.st.records).all().map(toRecord);
  }

  countRecords(): number {
    return this.st.countRecords.get()!.n;
  }

  merge(ids: readonly RecordId[], opts: { by: string; reason: string }): MergeGroup {
    return this.db.transaction(() => {
      if (ids.length < 2 || new Set(ids).size !== ids.length) throw new StoreError(`merge: 'ids' should list at least two different records, not ${JSON.stringify(ids)}.`);
      if (!opts.by || !opts.reason) throw new StoreError(`merge: 'by' and 'reason' are required (who merged and why).`);
      for (const id of ids) this.requireRecord(id, 'merge');
      // Live groups the records are in, in the order of `ids`; the first one's kept record stays kept.
      const joined = new Map<number, number>();
      for (const id of ids) {
        const g = this.st.liveGroupOf.get(id);
        if (g && !joined.has(g.id)) joined.set(g.id, g.primary_id);
      }
      const primary = joined.size > 0 ? [...joined.values()][0] : ids[0];
      const members = new Set([primary, ...ids]);
      for (const g of joined.keys()) for (const m of this.st.groupMembers.all(g)) members.add(m.record_id);
      if (joined.size === 1 && members.size === this.st.groupMembers.all([...joined.keys()][0]).length) {
        throw new StoreError(`merge: records ${ids.join(', ')} are already merged in group ${[...joined.keys()][0]} (record ${primary} kept).`);
      }
      const groupId = Number(this.st.insertGroup.run(primary).lastInsertRowid);
      for (const id of [...members].sort((a, b) => a - b)) this.st.insertMember.run(groupId, id);
      for (const g of joined.keys()) this.st.insertJoin.run(groupId, g);
      this.st.insertMergeEvent.run(groupId, 'merge', opts.by, opts.reason, this.now());
      return toMergeGroup(this.st.mergeGroup.get(groupId)!);
    })();
  }

  undoMerge(groupId: number, opts: { by: string }): MergeGroup {
    return this.db.transaction(() => {
      const g = this.st.mergeGroup.get(groupId);
      if (!g) throw new StoreError(`undoMerge: unknown merge group ${groupId}.`);
      if (g.undone_at !== null) throw new StoreError(`undoMerge: merge group ${groupId} was already undone by ${g.undone_by} at ${g.undone_at}.`);
      if (g.joined_into !== null) throw new StoreError(`undoMerge: merge group ${groupId} was taken into group ${g.joined_into} by a later merge: undo group ${g.joined_into} (that brings group ${groupId} back).`);
      if (!opts.by) throw new StoreError(`undoMerge: 'by' is required (who undid the merge).`);
      this.st.insertMergeEvent.run(groupId, 'undo', opts.by, null, this.now());
      return toMergeGroup(this.st.mergeGroup.get(groupId)!);
    })();
  }

  mergeGroups(): MergeGroup[] {
    return this.st.mergeGroups.all().map(toMergeGroup);
  }

  addReviewer(r: Reviewer): void {
    if (!r.id || !r.name) throw new StoreError(`addReviewer: 'id' and 'name' are required, got ${JSON.stringify(r)}.`);
    this.st.insertReviewer.run(r.id, r.name, r.canResolve ? 1 : 0, this.now());
  }

  reviewers(): Reviewer[] {
    return this.st.reviewers.all().map((r) => ({ id: r.id, name: r.name, canResolve: r.can_resolve === 1 }));
  }

  addExclusionReason(label: string): void {
    if (typeof label !== 'string' || label.trim() === '') throw new StoreError(`addExclusionReason: 'label' should be text, not ${JSON.stringify(label)}.`);
    this.st.insertReason.run(label, this.now());
  }

  exclusionReasons(): string[] {
    return this.st.reasons.all().map((r) => r.label);
  }

  decide(input: DecisionInput): Decision {
    return this.db.transaction(() => {
      const { recordId, stage } = input;
      this.requireRecord(recordId, 'decide');
      const required = this.required();
      const current = (s: Stage) => this.st.pairDecisions.all(recordId, s).map(toDecision);
      checkDecision(input, {
        reviewer: this.reviewer(input.reviewer),
        reasons: this.exclusionReasons(),
        required,
        decisions: current(stage),
        duplicateOf: this.st.duplicateOf.get(recordId)?.duplicate_of ?? null,
        titleAbstract: stage === 'full_text' ? stageOutcome(recordId, 'title_abstract', current('title_abstract'), this.resolutionOf(recordId, 'title_abstract'), required) : undefined,
      });
      const id = this.st.insertDecision.run(recordId, stage, input.reviewer, input.verdict, this.reasonId(input.reason), input.note ?? null, this.now()).lastInsertRowid;
      return toDecision(this.st.decisionById.get(Number(id))!);
    })();
  }

  decisions(f: DecisionFilter = {}): Decision[] {
    // One statement per combination of filters, naming only the columns filtered on, so SQLite can use the record or the reviewer index.
    const where = [f.recordId !== undefined && 'd.record_id = @recordId', f.stage !== undefined && 'd.stage = @stage', f.reviewer !== undefined && 'd.reviewer_id = @reviewer'].filter((x) => x !== false);
    const key = `${f.which === 'first' ? 'first' : 'current'}:${where.join(' AND ')}`;
    let st = this.decisionQueries.get(key);
    if (!st) {
      st = this.db.prepare<Record<string, unknown>[], DecisionRow>(
        `${DECISION_SELECT(f.which === 'first' ? 'first_decisions' : 'current_decisions')} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.record_id, d.stage, d.reviewer_id`,
      );
      this.decisionQueries.set(key, st);
    }
    const params: Record<string, unknown> = {};
    if (f.recordId !== undefined) params.recordId = f.recordId;
    if (f.stage !== undefined) params.stage = f.stage;
    if (f.reviewer !== undefined) params.reviewer = f.reviewer;
    return st.all(params).map(toDecision);
  }

  decisionHistory(recordId: RecordId, stage?: Stage): DecisionEvent[] {
    return this.st.decisionHistory.all({ stage: stage ?? null, recordId, reviewer: null }).map(toDecisionEvent);
  }

  resolve(input: ResolutionInput): Resolution {
    return this.db.transaction(() => {
      const { recordId, stage } = input;
      this.requireRecord(recordId, 'resolve');
      const decisions = this.st.pairDecisions.all(recordId, stage).map(toDecision);
      checkResolution(input, {
        resolver: this.reviewer(input.by),
        reasons: this.exclusionReasons(),
        outcome: stageOutcome(recordId, stage, decisions, this.resolutionOf(recordId, stage), this.required()),
      });
      this.st.insertResolution.run(recordId, stage, input.verdict, this.reasonId(input.reason), input.method, input.by, input.why, this.now());
      return this.resolutionOf(recordId, stage)!;
    })();
  }

  resolutions(stage?: Stage): Resolution[] {
    return this.st.currentResolutions.all({ stage: stage ?? null, recordId: null, reviewer: null }).map(toResolution);
  }

  resolutionHistory(recordId: RecordId, stage?: Stage): ResolutionEvent[] {
    return this.st.resolutionHistory.all({ stage: stage ?? null, recordId, reviewer: null }).map(toResolutionEvent);
  }

  markRetrieval(recordId: RecordId, opts: { status: 'retrieved' | 'not_retrieved'; by: string; note?: string }): void {
    this.requireRecord(recordId, 'markRetrieval');
    if (opts.status !== 'retrieved' && opts.status !== 'not_retrieved') throw new StoreError(`markRetrieval: unknown 'status' ${JSON.stringify(opts.status)}: expected retrieved or not_retrieved.`);
    this.st.insertRetrieval.run(recordId, opts.status, opts.by, opts.note ?? null, this.now());
  }

  retrievalHistory(recordId: RecordId): RetrievalEvent[] {
    return this.st.retrievalHistory.all(recordId).map(toRetrieval);
  }

  setting(key: string): unknown {
    const r = this.st.setting.get(key);
    return r === undefined ? undefined : JSON.parse(r.value);
  }

  setSetting(key: string, value: unknown): void {
    if (key === REQUIRED && !(Number.isInteger(value) && (value as number) >= 1)) throw new StoreError(`setSetting: '${REQUIRED}' should be a whole number ≥ 1, not ${JSON.stringify(value)}.`);
    if (value === undefined) throw new StoreError(`setSetting: '${key}' needs a value (JSON), not undefined.`);
    this.st.insertSetting.run(key, JSON.stringify(value), this.now());
  }

  setSettings(values: Readonly<Record<string, unknown>>): void {
    // one transaction: either every key gets its new value or none does
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(values)) this.setSetting(key, value);
    })();
  }

  ledger(): PrismaLedger {
    // Inside a transaction of this connection, uncommitted rows could still be rolled back: read afresh, do not cache.
    if (this.db.inTransaction) return new LedgerCache(this.db).read(this.ledgerParts());
    return this.db.transaction(() => this.cache.read(this.ledgerParts()))();
  }

  screening(scope: ScreeningScope): ScreeningLedger {
    return this.db.transaction(() => {
      if ('decidedBy' in scope) {
        const decisions = this.st.decidedDecisions.all(scope.decidedBy).map(toDecision);
        return { ...this.ledgerParts(), decisions, resolutions: this.st.decidedResolutions.all(scope.decidedBy).map(toResolution) };
      }
      const ids = [...new Set(scope.recordIds)].sort((a, b) => a - b);
      const decisions = ids.flatMap((id) => this.st.recordDecisions.all(id).map(toDecision));
      const resolutions = ids.flatMap((id) => this.st.recordResolutions.all(id).map(toResolution));
      return { ...this.ledgerParts(), decisions, resolutions };
    })();
  }

  private ledgerParts() {
    return { reviewers: this.reviewers(), required: this.required(), reasons: this.exclusionReasons() };
  }

  private required(): number {
    return (this.setting(REQUIRED) as number | undefined) ?? 2;
  }

  private resolutionOf(recordId: RecordId, stage: Stage): Resolution | null {
    const r = this.st.pairResolution.get(recordId, stage);
    return r ? toResolution(r) : null;
  }

  private reviewer(id: string): Reviewer | undefined {
    const r = this.st.reviewer.get(id);
    return r && { id: r.id, name: r.name, canResolve: r.can_resolve === 1 };
  }

  private reasonId(label: string | null | undefined): number | null {
    if (label === null || label === undefined) return null;
    return this.st.reasonByLabel.get(label)?.id ?? null;
  }

  private requireRecord(id: RecordId, method: string): void {
    if (!Number.isInteger(id) || !this.st.recordExists.get(id)) throw new StoreError(`${method}: unknown record ${JSON.stringify(id)}.`);
  }
}
