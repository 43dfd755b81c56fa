/**
 * Extraction, risk of bias and GRADE. As in 001, every table is append-only (triggers
 * refuse UPDATE and DELETE): an edited value is a new event, so each extractor's history
 * (who, when, what before) is the table itself, and the current_* views pick each key's
 * latest event. Values are JSON checked by the domain (src/review/extraction, rob2,
 * grade) before they are written; SQLite only checks that they are JSON.
 * Keys: an extraction item is (study, 'characteristics') or (study, 'arm', outcome, arm
 * label); a RoB 2 assessment is (study, outcome, assessor); a GRADE rating is (outcome).
 */
import type { Migration } from './types.js';

const APPEND_ONLY = ['studies', 'study_reports', 'outcomes', 'extraction_events', 'extraction_reconciliations', 'rob2_events', 'rob2_reconciliations', 'grade_events'];

const guard = (t: string) => `
CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`;

const ITEM = `
  study_id INTEGER NOT NULL REFERENCES studies(id),
  item TEXT NOT NULL CHECK (item IN ('characteristics', 'arm')),
  outcome_id INTEGER REFERENCES outcomes(id),
  arm TEXT,
  data TEXT NOT NULL CHECK (json_valid(data)),`;
const ITEM_CHECK = `CHECK ((item = 'characteristics' AND outcome_id IS NULL AND arm IS NULL) OR (item = 'arm' AND outcome_id IS NOT NULL AND arm IS NOT NULL))`;
const SAME_ITEM = `x.study_id = e.study_id AND x.item = e.item AND x.outcome_id IS e.outcome_id AND x.arm IS e.arm`;

export const extraction: Migration = {
  version: 2,
  name: 'extraction',
  up: `
CREATE TABLE studies (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL UNIQUE,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE TABLE study_reports (
  study_id INTEGER NOT NULL REFERENCES studies(id),
  record_id INTEGER NOT NULL REFERENCES records(id),
  linked_by TEXT NOT NULL,
  linked_at TEXT NOT NULL,
  PRIMARY KEY (study_id, record_id)
);
CREATE INDEX study_reports_record ON study_reports(record_id);
CREATE TABLE outcomes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('binary', 'continuous')),
  unit TEXT NOT NULL,
  lower_is_better INTEGER NOT NULL CHECK (lower_is_better IN (0, 1)),
  timepoint TEXT NOT NULL,
  defined_by TEXT NOT NULL,
  defined_at TEXT NOT NULL
);

CREATE TABLE extraction_events (
  id INTEGER PRIMARY KEY,${ITEM}
  extractor TEXT NOT NULL REFERENCES reviewers(id),
  at TEXT NOT NULL,
  ${ITEM_CHECK}
);
CREATE INDEX extraction_events_key ON extraction_events(study_id, item, outcome_id, arm, extractor, id);
CREATE VIEW current_extractions AS
  SELECT e.* FROM extraction_events e
  WHERE e.id = (SELECT max(id) FROM extraction_events x WHERE ${SAME_ITEM} AND x.extractor = e.extractor);

CREATE TABLE extraction_reconciliations (
  id INTEGER PRIMARY KEY,${ITEM}
  by TEXT NOT NULL REFERENCES reviewers(id),
  why TEXT NOT NULL,
  at TEXT NOT NULL,
  ${ITEM_CHECK}
);
CREATE INDEX extraction_reconciliations_key ON extraction_reconciliations(study_id, item, outcome_id, arm, id);
CREATE VIEW current_extraction_reconciliations AS
  SELECT e.* FROM extraction_reconciliations e
  WHERE e.id = (SELECT max(id) FROM extraction_reconciliations x WHERE ${SAME_ITEM});

CREATE TABLE rob2_events (
  id INTEGER PRIMARY KEY,
  study_id INTEGER NOT NULL REFERENCES studies(id),
  outcome_id INTEGER NOT NULL REFERENCES outcomes(id),
  assessor TEXT NOT NULL REFERENCES reviewers(id),
  input TEXT NOT NULL CHECK (json_valid(input)),
  result TEXT NOT NULL CHECK (json_valid(result)),
  at TEXT NOT NULL
);
CREATE INDEX rob2_events_key ON rob2_events(study_id, outcome_id, assessor, id);
CREATE VIEW current_rob2 AS
  SELECT e.* FROM rob2_events e
  WHERE e.id = (SELECT max(id) FROM rob2_events x WHERE x.study_id = e.study_id AND x.outcome_id = e.outcome_id AND x.assessor = e.assessor);

CREATE TABLE rob2_reconciliations (
  id INTEGER PRIMARY KEY,
  study_id INTEGER NOT NULL REFERENCES studies(id),
  outcome_id INTEGER NOT NULL REFERENCES outcomes(id),
  input TEXT NOT NULL CHECK (json_valid(input)),
  result TEXT NOT NULL CHECK (json_valid(result)),
  by TEXT NOT NULL REFERENCES reviewers(id),
  why TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX rob2_reconciliations_key ON rob2_reconciliations(study_id, outcome_id, id);
CREATE VIEW current_rob2_reconciliations AS
  SELECT e.* FROM rob2_reconciliations e
  WHERE e.id = (SELECT max(id) FROM rob2_reconciliations x WHERE x.study_id = e.study_id AND x.outcome_id = e.outcome_id);

CREATE TABLE grade_events (
  id INTEGER PRIMARY KEY,
  outcome_id INTEGER NOT NULL REFERENCES outcomes(id),
  input TEXT NOT NULL CHECK (json_valid(input)),
  result TEXT NOT NULL CHECK (json_valid(result)),
  by TEXT NOT NULL REFERENCES reviewers(id),
  at TEXT NOT NULL
);
CREATE INDEX grade_events_key ON grade_events(outcome_id, id);
CREATE VIEW current_grade AS
  SELECT e.* FROM grade_events e
  WHERE e.id = (SELECT max(id) FROM grade_events x WHERE x.outcome_id = e.outcome_id);
${APPEND_ONLY.map(guard).join('\n')}
`,
  down: `
DROP VIEW current_grade; DROP VIEW current_rob2_reconciliations; DROP VIEW current_rob2;
DROP VIEW current_extraction_reconciliations; DROP VIEW current_extractions;
DROP TABLE grade_events; DROP TABLE rob2_reconciliations; DROP TABLE rob2_events;
DROP TABLE extraction_reconciliations; DROP TABLE extraction_events;
DROP TABLE outcomes; DROP TABLE study_reports; DROP TABLE studies;
`,
};
