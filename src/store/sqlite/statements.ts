/** Every statement the store runs, prepared once per connection. */
import type Database from 'better-sqlite3';
import type { BatchRow, DecisionRow, MergeRow, RecordRow, ResolutionRow, RetrievalRow } from './rows.js';

const RECORD = `SELECT r.id, r.batch_id, r.json, d.duplicate_of FROM records r LEFT JOIN current_duplicates d ON d.record_id = r.id`;
const DECISION = (view: string) =>
  `SELECT d.id, d.record_id, d.stage, d.reviewer_id, d.verdict, x.label AS reason, d.note, d.at FROM ${view} d LEFT JOIN exclusion_reasons x ON x.id = d.reason_id`;
const DECISION_FILTER = `WHERE (@stage IS NULL OR d.stage = @stage) AND (@recordId IS NULL OR d.record_id = @recordId) AND (@reviewer IS NULL OR d.reviewer_id = @reviewer)`;
const RESOLUTION = (view: string) =>
  `SELECT d.id, d.record_id, d.stage, d.verdict, x.label AS reason, d.method, d.by, d.why, d.at FROM ${view} d LEFT JOIN exclusion_reasons x ON x.id = d.reason_id`;
const MERGE = `SELECT g.id, g.primary_id,
  (SELECT json_group_array(record_id) FROM merge_members m WHERE m.group_id = g.id) AS members,
  e.by, e.reason, e.at, u.by AS undone_by, u.at AS undone_at
  FROM merge_groups g JOIN merge_events e ON e.group_id = g.id AND e.action = 'merge'
  LEFT JOIN merge_events u ON u.group_id = g.id AND u.action = 'undo'`;

export interface DecisionParams { stage: string | null; recordId: number | null; reviewer: string | null }

/** The part of better-sqlite3's Statement the store uses (named here so declarations can name it). */
export interface Stmt<P extends unknown[], R> {
  run(...params: P): Database.RunResult;
  get(...params: P): R | undefined;
  all(...params: P): R[];
}

export function prepareStatements(db: Database.Database) {
  const prepare = <P extends unknown[] | object = unknown[], R = unknown>(sql: string): Stmt<P extends unknown[] ? P : [P], R> =>
    db.prepare<P, R>(sql) as unknown as Stmt<P extends unknown[] ? P : [P], R>;
  return {
    insertBatch: prepare<[string, string, number, string | null, string]>(`INSERT INTO import_batches (file, database, count, imported_by, imported_at) VALUES (?, ?, ?, ?, ?)`),
    insertRecord: prepare<[number, string, string, string | null, string | null, string, string]>(
      `INSERT INTO records (batch_id, source_id, database, doi, pmid, title, json) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    batches: prepare<[], BatchRow>(`SELECT * FROM import_batches ORDER BY id`),
    record: prepare<[number], RecordRow>(`${RECORD} WHERE r.id = ?`),
    records: prepare<[], RecordRow>(`${RECORD} ORDER BY r.id`),
    keptRecords: prepare<[], RecordRow>(`${RECORD} WHERE d.duplicate_of IS NULL ORDER BY r.id`),
    ledgerRecords: prepare<[], { id: number; database: string; duplicate_of: number | null }>(
      `SELECT r.id, r.database, d.duplicate_of FROM records r LEFT JOIN current_duplicates d ON d.record_id = r.id ORDER BY r.id`,
    ),
    countRecords: prepare<[], { n: number }>(`SELECT count(*) AS n FROM records`),
    recordExists: prepare<[number], { id: number }>(`SELECT id FROM records WHERE id = ?`),
    duplicateOf: prepare<[number], { duplicate_of: number }>(`SELECT duplicate_of FROM current_duplicates WHERE record_id = ?`),

    activeGroupOf: prepare<[number], { id: number }>(`SELECT g.id FROM active_merge_groups g JOIN merge_members m ON m.group_id = g.id WHERE m.record_id = ?`),
    insertGroup: prepare<[number]>(`INSERT INTO merge_groups (primary_id) VALUES (?)`),
    insertMember: prepare<[number, number]>(`INSERT INTO merge_members (group_id, record_id) VALUES (?, ?)`),
    insertMergeEvent: prepare<[number, 'merge' | 'undo', string, string | null, string]>(`INSERT INTO merge_events (group_id, action, by, reason, at) VALUES (?, ?, ?, ?, ?)`),
    mergeGroup: prepare<[number], MergeRow>(`${MERGE} WHERE g.id = ?`),
    mergeGroups: prepare<[], MergeRow>(`${MERGE} ORDER BY g.id`),

    insertReviewer: prepare<[string, string, number, string]>(`INSERT INTO reviewers (id, name, can_resolve, added_at) VALUES (?, ?, ?, ?)`),
    reviewers: prepare<[], { id: string; name: string; can_resolve: number }>(`SELECT id, name, can_resolve FROM reviewers ORDER BY added_at, id`),
    insertReason: prepare<[string, string]>(`INSERT INTO exclusion_reasons (label, added_at) VALUES (?, ?)`),
    reasons: prepare<[], { id: number; label: string }>(`SELECT id, label FROM exclusion_reasons ORDER BY id`),

    insertDecision: prepare<[number, string, string, string, number | null, string | null, string]>(
      `INSERT INTO decision_events (record_id, stage, reviewer_id, verdict, reason_id, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    currentDecisions: prepare<DecisionParams, DecisionRow>(`${DECISION('current_decisions')} ${DECISION_FILTER} ORDER BY d.record_id, d.stage, d.reviewer_id`),
    firstDecisions: prepare<DecisionParams, DecisionRow>(`${DECISION('first_decisions')} ${DECISION_FILTER} ORDER BY d.record_id, d.stage, d.reviewer_id`),
    decisionHistory: prepare<DecisionParams, DecisionRow>(`${DECISION('decision_events')} ${DECISION_FILTER} ORDER BY d.id`),

    insertResolution: prepare<[number, string, string, number | null, string, string, string, string]>(
      `INSERT INTO resolution_events (record_id, stage, verdict, reason_id, method, by, why, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    currentResolutions: prepare<DecisionParams, ResolutionRow>(`${RESOLUTION('current_resolutions')} WHERE (@stage IS NULL OR d.stage = @stage) AND (@recordId IS NULL OR d.record_id = @recordId) ORDER BY d.record_id, d.stage`),
    resolutionHistory: prepare<DecisionParams, ResolutionRow>(`${RESOLUTION('resolution_events')} WHERE (@stage IS NULL OR d.stage = @stage) AND d.record_id = @recordId ORDER BY d.id`),

    insertRetrieval: prepare<[number, string, string, string | null, string]>(`INSERT INTO retrieval_events (record_id, status, by, note, at) VALUES (?, ?, ?, ?, ?)`),
    retrievalHistory: prepare<[number], RetrievalRow>(`SELECT * FROM retrieval_events WHERE record_id = ? ORDER BY id`),
    notRetrieved: prepare<[], { record_id: number }>(`SELECT record_id FROM current_retrieval WHERE status = 'not_retrieved' ORDER BY record_id`),

    insertSetting: prepare<[string, string, string]>(`INSERT INTO setting_events (key, value, at) VALUES (?, ?, ?)`),
    setting: prepare<[string], { value: string }>(`SELECT value FROM setting_events WHERE key = ? ORDER BY id DESC LIMIT 1`),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
