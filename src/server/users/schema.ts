/**
 * The server's own tables, kept in the project file beside the review (accounts belong
 * to the project). Created if missing rather than by a numbered store migration, so the
 * review schema stays the store's alone; the names start with `server_` to keep clear
 * of it. Sessions are rows that expire; only a hash of each session token is stored.
 */
import type Database from 'better-sqlite3';

export function ensureUserTables(db: Database.Database): void {
  db.exec(`
CREATE TABLE IF NOT EXISTS server_users (
  username TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'reviewer', 'viewer')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS server_sessions (
  token_hash TEXT PRIMARY KEY,
  username TEXT NOT NULL REFERENCES server_users(username),
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS server_sessions_user ON server_sessions(username);
`);
}
