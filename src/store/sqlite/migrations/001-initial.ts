/**
 * The first schema. Tables ending in _events are append-only (triggers refuse UPDATE
 * and DELETE), so history is kept by construction; the current_* views pick each key's
 * latest event. Records are never deleted either: the whole BibRecord is kept as JSON,
 * with the columns deduplication and screening search on indexed beside it.
 */
import type { Migration } from './types.js';

const APPEND_ONLY = ['records', 'import_batches', 'merge_groups', 'merge_members', 'merge_events', 'decision_events', 'resolution_events', 'retrieval_events', 'setting_events'];

const guard = (t: string) => `
CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`;

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,
  database TEXT NOT NULL,
  count INTEGER NOT NULL,
  imported_by TEXT,
  imported_at TEXT NOT NULL
);
CREATE TABLE records (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  source_id TEXT NOT NULL,
  database TEXT NOT NULL,
  doi TEXT,
  pmid TEXT,
  title TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX records_batch ON records(batch_id);
CREATE INDEX records_source ON records(database, source_id);
CREATE INDEX records_doi ON records(doi) WHERE doi IS NOT NULL;
CREATE INDEX records_pmid ON records(pmid) WHERE pmid IS NOT NULL;
CREATE INDEX records_title ON records(title);

CREATE TABLE merge_groups (
  id INTEGER PRIMARY KEY,
  primary_id INTEGER NOT NULL REFERENCES records(id)
);
CREATE TABLE merge_members (
  group_id INTEGER NOT NULL REFERENCES merge_groups(id),
  record_id INTEGER NOT NULL REFERENCES records(id),
  PRIMARY KEY (group_id, record_id)
);
CREATE INDEX merge_members_record ON merge_members(record_id);
CREATE TABLE merge_events (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES merge_groups(id),
  action TEXT NOT NULL CHECK (action IN ('merge', 'undo')),
  by TEXT NOT NULL,
  reason TEXT,
  at TEXT NOT NULL
);
CREATE INDEX merge_events_group ON merge_events(group_id, id);
CREATE VIEW active_merge_groups AS
  SELECT g.id, g.primary_id FROM merge_groups g
  WHERE NOT EXISTS (SELECT 1 FROM merge_events e WHERE e.group_id = g.id AND e.action = 'undo');
CREATE VIEW current_duplicates AS
  SELECT m.record_id, g.primary_id AS duplicate_of, g.id AS group_id
  FROM active_merge_groups g JOIN merge_members m ON m.group_id = g.id
  WHERE m.record_id <> g.primary_id;

CREATE TABLE reviewers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  can_resolve INTEGER NOT NULL CHECK (can_resolve IN (0, 1)),
  added_at TEXT NOT NULL
);
CREATE TABLE exclusion_reasons (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL UNIQUE,
  added_at TEXT NOT NULL
);

CREATE TABLE decision_events (
  id INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL REFERENCES records(id),
  stage TEXT NOT NULL CHECK (stage IN ('title_abstract', 'full_text')),
  reviewer_id TEXT NOT NULL REFERENCES reviewers(id),
  verdict TEXT NOT NULL CHECK (verdict IN ('include', 'exclude', 'maybe')),
  reason_id INTEGER REFERENCES exclusion_reasons(id),
  note TEXT,
  at TEXT NOT NULL
);
CREATE INDEX decision_events_key ON decision_events(record_id, stage, reviewer_id, id);
CREATE VIEW current_decisions AS
  SELECT e.* FROM decision_events e
  WHERE e.id = (SELECT max(id) FROM decision_events x WHERE x.record_id = e.record_id AND x.stage = e.stage AND x.reviewer_id = e.reviewer_id);
CREATE VIEW first_decisions AS
  SELECT e.* FROM decision_events e
  WHERE e.id = (SELECT min(id) FROM decision_events x WHERE x.record_id = e.record_id AND x.stage = e.stage AND x.reviewer_id = e.reviewer_id);

CREATE TABLE resolution_events (
  id INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL REFERENCES records(id),
  stage TEXT NOT NULL CHECK (stage IN ('title_abstract', 'full_text')),
  verdict TEXT NOT NULL CHECK (verdict IN ('include', 'exclude', 'maybe')),
  reason_id INTEGER REFERENCES exclusion_reasons(id),
  method TEXT NOT NULL CHECK (method IN ('third_reviewer', 'agreement')),
  by TEXT NOT NULL REFERENCES reviewers(id),
  why TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX resolution_events_key ON resolution_events(record_id, stage, id);
CREATE VIEW current_resolutions AS
  SELECT e.* FROM resolution_events e
  WHERE e.id = (SELECT max(id) FROM resolution_events x WHERE x.record_id = e.record_id AND x.stage = e.stage);

CREATE TABLE retrieval_events (
  id INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL REFERENCES records(id),
  status TEXT NOT NULL CHECK (status IN ('retrieved', 'not_retrieved')),
  by TEXT NOT NULL,
  note TEXT,
  at TEXT NOT NULL
);
CREATE INDEX retrieval_events_key ON retrieval_events(record_id, id);
CREATE VIEW current_retrieval AS
  SELECT e.* FROM retrieval_events e
  WHERE e.id = (SELECT max(id) FROM retrieval_events x WHERE x.record_id = e.record_id);

CREATE TABLE setting_events (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX setting_events_key ON setting_events(key, id);
${APPEND_ONLY.map(guard).join('\n')}
`,
  down: `
DROP VIEW current_retrieval; DROP VIEW current_resolutions; DROP VIEW first_decisions; DROP VIEW current_decisions;
DROP VIEW current_duplicates; DROP VIEW active_merge_groups;
DROP TABLE setting_events; DROP TABLE retrieval_events; DROP TABLE resolution_events; DROP TABLE decision_events;
DROP TABLE exclusion_reasons; DROP TABLE reviewers;
DROP TABLE merge_events; DROP TABLE merge_members; DROP TABLE merge_groups;
DROP TABLE records; DROP TABLE import_batches;
`,
};
