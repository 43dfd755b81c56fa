/**
 * Opens (or creates) a project file: WAL journal (readers do not block the writer, and a
 * killed writer leaves only uncommitted WAL frames, which SQLite ignores on the next
 * open), foreign keys enforced, and a busy timeout for a second process on the file.
 * ":memory:" gives an in-memory project for tests.
 */
import Database from 'better-sqlite3';

export function openDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
