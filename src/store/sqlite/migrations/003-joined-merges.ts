/**
 * Screening at scale, and merges that join existing groups.
 *
 * - decision_events gets an index by reviewer, so "what has this reviewer decided"
 *   (the web app's record list, the reviewer's own view) reads only that reviewer's
 *   events. Reads by record already use decision_events_key.
 * - merge_joins: a merge that takes in records already in live merge groups makes one new
 *   group of the union and records here which groups it joined. The joined groups are
 *   kept as they were, no longer live while the joining group stands; undoing the joining
 *   group makes them live again, exactly as before. A group is live when it is not undone
 *   and every group that joined it was undone. Append-only, like every history table.
 *
 * Down refuses (and changes nothing) while a joining merge stands: the views of schema 2
 * would see the joined groups and their union live at once. Undo those merges first
 * (the record of which groups an undone merge had joined is then dropped with the table).
 */
import type { Migration } from './types.js';

const guard = (t: string) => `
CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`;

const OLD_VIEWS = `
CREATE VIEW active_merge_groups AS
  SELECT g.id, g.primary_id FROM merge_groups g
  WHERE NOT EXISTS (SELECT 1 FROM merge_events e WHERE e.group_id = g.id AND e.action = 'undo');
CREATE VIEW current_duplicates AS
  SELECT m.record_id, g.primary_id AS duplicate_of, g.id AS group_id
  FROM active_merge_groups g JOIN merge_members m ON m.group_id = g.id
  WHERE m.record_id <> g.primary_id;`;

export const joinedMerges: Migration = {
  version: 3,
  name: 'joined-merges',
  up: `
CREATE INDEX decision_events_reviewer ON decision_events(reviewer_id, stage, record_id, id);

CREATE TABLE merge_joins (
  group_id INTEGER NOT NULL REFERENCES merge_groups(id),
  joined_id INTEGER NOT NULL REFERENCES merge_groups(id),
  PRIMARY KEY (group_id, joined_id)
);
CREATE INDEX merge_joins_joined ON merge_joins(joined_id);
${guard('merge_joins')}

DROP VIEW current_duplicates;
DROP VIEW active_merge_groups;
CREATE VIEW active_merge_groups AS
  SELECT g.id, g.primary_id FROM merge_groups g
  WHERE NOT EXISTS (SELECT 1 FROM merge_events e WHERE e.group_id = g.id AND e.action = 'undo')
    AND NOT EXISTS (
      SELECT 1 FROM merge_joins j WHERE j.joined_id = g.id
        AND NOT EXISTS (SELECT 1 FROM merge_events u WHERE u.group_id = j.group_id AND u.action = 'undo'));
CREATE VIEW current_duplicates AS
  SELECT m.record_id, g.primary_id AS duplicate_of, g.id AS group_id
  FROM active_merge_groups g JOIN merge_members m ON m.group_id = g.id
  WHERE m.record_id <> g.primary_id;
`,
  down: `
CREATE TEMP TABLE downgrade_check (n INTEGER CONSTRAINT "undo the merges that joined merge groups before going below schema version 3 (metasift dedupe --merges lists them)" CHECK (n = 0));
INSERT INTO temp.downgrade_check SELECT count(*) FROM merge_joins j WHERE NOT EXISTS (SELECT 1 FROM merge_events u WHERE u.group_id = j.group_id AND u.action = 'undo');
DROP TABLE temp.downgrade_check;
DROP VIEW current_duplicates;
DROP VIEW active_merge_groups;
${OLD_VIEWS}
DROP TRIGGER merge_joins_no_update;
DROP TRIGGER merge_joins_no_delete;
DROP TABLE merge_joins;
DROP INDEX decision_events_reviewer;
`,
};
