import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SqliteStore, migrate, schemaVersion } from '../../src/store/index.js';
import { rec } from './helpers.js';

const tables = (db: Database.Database) => (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('migrate()', () => {
  it('migrate(db) applies every migration and records the version in user_version', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toContain('decision_events');
    db.close();
  });

  it('migrate(db, 0) runs every down and leaves an empty file; up again works', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(migrate(db, 0)).toBe(0);
    expect(tables(db)).toEqual([]);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('migrate() refuses a file from a newer metasift and an unknown target', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this metasift knows/);
    db.pragma('user_version = 0');
    expect(() => migrate(db, 99)).toThrow(/Unknown 'target' schema version 99/);
    db.close();
  });

  it('migrate() rolls a failing migration back whole', () => {
    const db = new Database(':memory:');
    const bad = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'bad', up: 'CREATE TABLE extra (x); SELECT * FROM missing_table;', down: 'DROP TABLE extra;' }];
    expect(() => migrate(db, bad.length, bad)).toThrow(/missing_table/);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).not.toContain('extra');
    db.close();
  });
});

describe('migration 3 (joined merges)', () => {
  it('going down to 2 is refused while a merge that joined a group stands, and works once it is undone', () => {
    const s = SqliteStore.open(':memory:');
    s.importRecords([rec(1), rec(2), rec(3)], { file: 'f', database: 'PubMed' });
    s.merge([1, 2], { by: 'ana', reason: 'x' });
    const g = s.merge([2, 3], { by: 'ana', reason: 'y' });
    expect(() => migrate(s.db, 2)).toThrow(/undo the merges that joined merge groups before going below schema version 3/);
    expect(schemaVersion(s.db)).toBe(3);
    s.undoMerge(g.groupId, { by: 'ana' });
    expect(migrate(s.db, 2)).toBe(2);
    expect((s.db.prepare('SELECT record_id, duplicate_of FROM current_duplicates').all())).toEqual([{ record_id: 2, duplicate_of: 1 }]);
    expect(migrate(s.db)).toBe(3);
    s.close();
  });
});

describe('SqliteStore.open(file)', () => {
  it('SqliteStore.open(file) uses WAL and keeps the project across reopening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'metasift-store-'));
    dirs.push(dir);
    const file = join(dir, 'review.metasift');
    const a = SqliteStore.open(file);
    expect(a.db.pragma('journal_mode', { simple: true })).toBe('wal');
    a.importRecords([rec(1), rec(2)], { file: 'f', database: 'PubMed' });
    a.close();
    const b = SqliteStore.open(file);
    expect(b.countRecords()).toBe(2);
    expect(b.schemaVersion).toBe(MIGRATIONS.length);
    b.close();
  });
});
