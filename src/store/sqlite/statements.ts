/** Every statement the store runs, prepared once per connection. */
import type Database from 'better-sqlite3';
import type { BatchRow, DecisionRow, MergeRow, RecordRow, ResolutionRow, RetrievalRow } from './rows.js';

const RECORD = `SELECT r.id, r.batch_id, r.json, d.duplicate_of FROM records r LEFT JOIN current_duplicates d ON d.record_id = r.id`;
/** One record: a LEFT JOIN on current_duplicates would build the whole view first, this subquery reads the record's own merges by index. */
const ONE_RECORD = `SELECT r.id, r.batch_id, r.json,
  (SELECT g.primary_id FROM merge_members m JOIN active_merge_groups g ON g.id = m.group_id WHERE m.record_id = r.id AND g.primary_id <> r.id) AS duplicate_of
  FROM records r WHERE r.id = ?`;
/** The columns of a decision, from a table or view of decisions aliased d. */
export const DECISION_SELECT = (view: string) =>
  `SELECT d.id, d.record_id, d.stage, d.reviewer_id, d.verdict, x.label AS reason, d.note, d.at FROM ${view} d LEFT JOIN exclusion_reasons x ON x.id = d.reason_id`;
const RESOLUTION = (view: string) =>
  `SELECT d.id, d.record_id, d.stage, d.verdict, x.label AS reason, d.method, d.by, d.why, d.at FROM ${view} d LEFT JOIN exclusion_reasons x ON x.id = d.reason_id`;
const MERGE = `SELECT g.id, g.primary_id,
  (SELECT json_group_array(record_id) FROM merge_members m WHERE m.group_id = g.id) AS members,
  (SELECT json_group_array(joined_id) FROM (SELECT joined_id FROM merge_joins j WHERE j.group_id = g.id ORDER BY joined_id)) AS joined,
  (SELECT max(j.group_id) FROM merge_joins j WHERE j.joined_id = g.id
    AND NOT EXISTS (SELECT 1 FROM merge_events u WHERE u.group_id = j.group_id AND u.action = 'undo')) AS joined_into,
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
    record: prepare<[number], RecordRow>(ONE_RECORD),
    records: prepare<[], RecordRow>(`${RECORD} ORDER BY r.id`),
    keptRecords: prepare<[], RecordRow>(`${RECORD} WHERE d.duplicate_of IS NULL ORDER BY r.id`),
    ledgerRecords: prepare<[], { id: number; database: string; duplicate_of: number | null }>(
      `SELECT r.id, r.database, d.duplicate_of FROM records r LEFT JOIN current_duplicates d ON d.record_id = r.id ORDER BY r.id`,
    ),
    countRecords: prepare<[], { n: number }>(`SELECT count(*) AS n FROM records`),
    recordExists: prepare<[number], { id: number }>(`SELECT id FROM records WHERE id = ?`),
    duplicateOf: prepare<[number], { duplicate_of: number }>(`SELECT duplicate_of FROM current_duplicates WHERE record_id = ?`),

    liveGroupOf: prepare<[number], { id: number; primary_id: number }>(`SELECT g.id, g.primary_id FROM merge_members m JOIN active_merge_groups g ON g.id = m.group_id WHERE m.record_id = ?`),
    groupMembers: prepare<[number], { record_id: number }>(`SELECT record_id FROM merge_members WHERE group_id = ? ORDER BY record_id`),
    insertJoin: prepare<[number, number]>(`INSERT INTO merge_joins (group_id, joined_id) VALUES (?, ?)`),
    insertGroup: prepare<[number]>(`INSERT INTO merge_groups (primary_id) VALUES (?)`),
    insertMember: prepare<[number, number]>(`INSERT INTO merge_members (group_id, record_id) VALUES (?, ?)`),
    insertMergeEvent: prepare<[number, 'merge' | 'undo', string, string | null, string]>(`INSERT INTO merge_events (group_id, action, by, reason, at) VALUES (?, ?, ?, ?, ?)`),
    mergeGroup: prepare<[number], MergeRow>(`${MERGE} WHERE g.id = ?`),
    mergeGroups: prepare<[], MergeRow>(`${MERGE} ORDER BY g.id`),

    insertReviewer: prepare<[string, string, number, string]>(`INSERT INTO reviewers (id, name, can_resolve, added_at) VALUES (?, ?, ?, ?)`),
    reviewers: prepare<[], { id: string; name: string; can_resolve: number }>(`SELECT id, name, can_resolve FROM reviewers ORDER BY added_at, id`),
    insertReason: prepare<[string, string]>(`INSERT INTO exclusion_reasons (label, added_at) VALUES (?, ?)`),
    reasons: prepare<[], { id: number; label: string }>(`SELECT id, label FROM exclusion_reasons ORDER BY id`),
    reviewer: prepare<[string], { id: string; name: string; can_resolve: number }>(`SELECT id, name, can_resolve FROM reviewers WHERE id = ?`),
    reasonByLabel: prepare<[string], { id: number }>(`SELECT id FROM exclusion_reasons WHERE label = ?`),

    insertDecision: prepare<[number, string, string, string, number | null, string | null, string]>(
      `INSERT INTO decision_events (record_id, stage, reviewer_id, verdict, reason_id, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    decisionHistory: prepare<DecisionParams, DecisionRow>(`${DECISION_SELECT('decision_events')} WHERE d.record_id = @recordId AND (@stage IS NULL OR d.stage = @stage) ORDER BY d.id`),
    decisionById: prepare<[number], DecisionRow>(`${DECISION_SELECT('decision_events')} WHERE d.id = ?`),
    // Reads by one record, or by the pairs one reviewer decided, each on an index (decision_events_key, decision_events_reviewer).
    pairDecisions: prepare<[number, string], DecisionRow>(`${DECISION_SELECT('current_decisions')} WHERE d.record_id = ? AND d.stage = ? ORDER BY d.reviewer_id`),
    recordDecisions: prepare<[number], DecisionRow>(`${DECISION_SELECT('current_decisions')} WHERE d.record_id = ? ORDER BY d.stage, d.reviewer_id`),
    decidedDecisions: prepare<[string], DecisionRow>(
      `SELECT d.id, d.record_id, d.stage, d.reviewer_id, d.verdict, x.label AS reason, d.note, d.at
       FROM (SELECT DISTINCT record_id, stage FROM decision_events WHERE reviewer_id = ?) p
       JOIN current_decisions d ON d.record_id = p.record_id AND d.stage = p.stage LEFT JOIN exclusion_reasons x ON x.id = d.reason_id
       ORDER BY d.record_id, d.stage, d.reviewer_id`,
    ),

    insertResolution: prepare<[number, string, string, number | null, string, string, string, string]>(
      `INSERT INTO resolution_events (record_id, stage, verdict, reason_id, method, by, why, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    currentResolutions: prepare<DecisionParams, ResolutionRow>(`${RESOLUTION('current_resolutions')} WHERE (@stage IS NULL OR d.stage = @stage) AND (@recordId IS NULL OR d.record_id = @recordId) ORDER BY d.record_id, d.stage`),
    pairResolution: prepare<[number, string], ResolutionRow>(`${RESOLUTION('current_resolutions')} WHERE d.record_id = ? AND d.stage = ?`),
    decidedResolutions: prepare<[string], ResolutionRow>(
      `SELECT d.id, d.record_id, d.stage, d.verdict, x.label AS reason, d.method, d.by, d.why, d.at
       FROM (SELECT DISTINCT record_id, stage FROM decision_events WHERE reviewer_id = ?) p
       JOIN current_resolutions d ON d.record_id = p.record_id AND d.stage = p.stage LEFT JOIN exclusion_reasons x ON x.id = d.reason_id
       ORDER BY d.record_id, d.stage`,
    ),
    recordResolutions: prepare<[number], ResolutionRow>(`${RESOLUTION('current_resolutions')} WHERE d.record_id = ? ORDER BY d.stage`),
    resolutionHistory: prepare<DecisionParams, ResolutionRow>(`${RESOLUTION('resolution_events')} WHERE (@stage IS NULL OR d.stage = @stage) AND d.record_id = @recordId ORDER BY d.id`),

    insertRetrieval: prepare<[number, string, string, string | null, string]>(`INSERT INTO retrieval_events (record_id, status, by, note, at) VALUES (?, ?, ?, ?, ?)`),
    retrievalHistory: prepare<[number], RetrievalRow>(`SELECT * FROM retrieval_events WHERE record_id = ? ORDER BY id`),
    notRetrieved: prepare<[], { record_id: number }>(`SELECT record_id FROM current_retrieval WHERE status = 'not_retrieved' ORDER BY record_id`),

    insertSetting: prepare<[string, string, string]>(`INSERT INTO setting_events (key, value, at) VALUES (?, ?, ?)`),
    setting: prepare<[string], { value: string }>(`SELECT value FROM setting_events WHERE key = ? ORDER BY id DESC LIMIT 1`),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
