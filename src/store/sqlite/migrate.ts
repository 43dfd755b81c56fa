/**
 * Brings a project file to a schema version (default: the latest), one migration per
 * transaction, recording the version in PRAGMA user_version. A file written by a newer
 * metasift is refused rather than misread.
 */
import type Database from 'better-sqlite3';
import { StoreError } from '../review-store.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

export const schemaVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

export function migrate(db: Database.Database, target: number = MIGRATIONS.length, migrations: readonly Migration[] = MIGRATIONS): number {
  const from = schemaVersion(db);
  if (from > migrations.length) throw new StoreError(`The project file has schema version ${from}, newer than this metasift knows (${migrations.length}): upgrade metasift.`);
  if (!Number.isInteger(target) || target < 0 || target > migrations.length) throw new StoreError(`Unknown 'target' schema version ${target}: expected 0 to ${migrations.length}.`);
  const step = (m: Migration, sql: string, version: number) =>
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  for (let v = from; v < target; v++) step(migrations[v], migrations[v].up, v + 1);
  for (let v = from; v > target; v--) step(migrations[v - 1], migrations[v - 1].down, v - 1);
  return schemaVersion(db);
}
