/**
 * The ledger kept up to date in memory, read incrementally. Every table it is built from
 * is append-only (triggers refuse UPDATE and DELETE) and SQLite has one writer at a time,
 * so rowids only grow in commit order: reading the rows past the last id seen brings the
 * ledger up to date, whichever connection or process wrote them, at a cost proportional
 * to what changed. The newest ids seen are the change counter: when none moved, the same
 * ledger object is returned. Merges are few and re-read whole when a merge event is new;
 * reviewers, reasons and the required number are a few rows and read every time.
 * Rows a transaction of this connection has written but not committed could be rolled
 * back and their ids reused, so the store does not use the cache inside a transaction.
 */
import type Database from 'better-sqlite3';
import type { LedgerRecord, PrismaLedger } from '../../review/prisma-ledger.js';
import type { Decision, Resolution, Reviewer } from '../../review/screening/types.js';
import { toDecision, toResolution, type DecisionRow, type ResolutionRow } from './rows.js';

const DECISION = `SELECT d.id, d.record_id, d.stage, d.reviewer_id, d.verdict, x.label AS reason, d.note, d.at FROM decision_events d LEFT JOIN exclusion_reasons x ON x.id = d.reason_id`;
const RESOLUTION = `SELECT d.id, d.record_id, d.stage, d.verdict, x.label AS reason, d.method, d.by, d.why, d.at FROM resolution_events d LEFT JOIN exclusion_reasons x ON x.id = d.reason_id`;

const byRecordStageReviewer = (a: Decision, b: Decision) =>
  a.recordId - b.recordId || (a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : a.reviewer < b.reviewer ? -1 : a.reviewer > b.reviewer ? 1 : 0);
const byRecordStage = (a: Resolution, b: Resolution) => a.recordId - b.recordId || (a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : 0);

export interface LedgerParts {
  readonly reviewers: Reviewer[];
  readonly required: number;
  readonly reasons: string[];
}

export class LedgerCache {
  private readonly st;
  private last = { decision: 0, resolution: 0, record: 0, merge: 0, retrieval: 0 };
  private readonly decisions = new Map<string, Decision>();
  private readonly resolutions = new Map<string, Resolution>();
  private readonly retrieval = new Map<number, 'retrieved' | 'not_retrieved'>();
  private records: { id: number; database: string }[] = [];
  private duplicates = new Map<number, number>();
  private built: {
    decisions: readonly Decision[];
    resolutions: readonly Resolution[];
    records: readonly LedgerRecord[];
    notRetrieved: readonly number[];
  } = { decisions: [], resolutions: [], records: [], notRetrieved: [] };
  private ledger: PrismaLedger | null = null;

  constructor(db: Database.Database) {
    this.st = {
      decisions: db.prepare<[number], DecisionRow>(`${DECISION} WHERE d.id > ? ORDER BY d.id`),
      resolutions: db.prepare<[number], ResolutionRow>(`${RESOLUTION} WHERE d.id > ? ORDER BY d.id`),
      records: db.prepare<[number], { id: number; database: string }>(`SELECT id, database FROM records WHERE id > ? ORDER BY id`),
      lastMerge: db.prepare<[], { id: number | null }>(`SELECT max(id) AS id FROM merge_events`),
      duplicates: db.prepare<[], { record_id: number; duplicate_of: number }>(`SELECT record_id, duplicate_of FROM current_duplicates`),
      retrieval: db.prepare<[number], { id: number; record_id: number; status: 'retrieved' | 'not_retrieved' }>(`SELECT id, record_id, status FROM retrieval_events WHERE id > ? ORDER BY id`),
    };
  }

  /** Brings the cache up to date and returns the ledger (the same object while nothing changed). Call inside one read transaction. */
  read(parts: LedgerParts): PrismaLedger {
    let decisions = false;
    for (const r of this.st.decisions.all(this.last.decision)) {
      const d = Object.freeze(toDecision(r));
      this.decisions.set(`${d.recordId}\u0000${d.stage}\u0000${d.reviewer}`, d);
      this.last.decision = r.id;
      decisions = true;
    }
    let resolutions = false;
    for (const r of this.st.resolutions.all(this.last.resolution)) {
      const x = Object.freeze(toResolution(r));
      this.resolutions.set(`${x.recordId}\u0000${x.stage}`, x);
      this.last.resolution = r.id;
      resolutions = true;
    }
    let records = false;
    for (const r of this.st.records.all(this.last.record)) {
      this.records.push(r);
      this.last.record = r.id;
      records = true;
    }
    const merge = this.st.lastMerge.get()?.id ?? 0;
    if (merge !== this.last.merge) {
      this.duplicates = new Map(this.st.duplicates.all().map((r) => [r.record_id, r.duplicate_of]));
      this.last.merge = merge;
      records = true;
    }
    let retrieval = false;
    for (const r of this.st.retrieval.all(this.last.retrieval)) {
      this.retrieval.set(r.record_id, r.status);
      this.last.retrieval = r.id;
      retrieval = true;
    }
    const changed = decisions || resolutions || records || retrieval;
    const b = this.built;
    if (changed) {
      this.built = {
        // Map order is the order first seen; new keys come last, so the sort (TimSort) merges two runs.
        decisions: decisions ? Object.freeze([...this.decisions.values()].sort(byRecordStageReviewer)) : b.decisions,
        resolutions: resolutions ? Object.freeze([...this.resolutions.values()].sort(byRecordStage)) : b.resolutions,
        records: records ? Object.freeze(this.records.map((r) => Object.freeze({ id: r.id, database: r.database, duplicateOf: this.duplicates.get(r.id) ?? null }))) : b.records,
        notRetrieved: retrieval ? Object.freeze([...this.retrieval].filter(([, s]) => s === 'not_retrieved').map(([id]) => id).sort((x, y) => x - y)) : b.notRetrieved,
      };
    }
    const l = this.ledger;
    if (!changed && l !== null && l.required === parts.required && JSON.stringify([l.reviewers, l.reasons]) === JSON.stringify([parts.reviewers, parts.reasons])) return l;
    this.ledger = Object.freeze({ ...this.built, reviewers: Object.freeze(parts.reviewers), required: parts.required, reasons: Object.freeze(parts.reasons) });
    return this.ledger;
  }
}
