/**
 * Server-side sessions: a random 32-byte token goes to the browser in an httpOnly
 * cookie; the table keeps only its SHA-256, so a copy of the project file does not
 * hand out live sessions. A session lasts a fixed time from login (default 12 hours).
 */
import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

export const newToken = (): string => randomBytes(32).toString('base64url');
const digest = (token: string): string => createHash('sha256').update(token).digest('hex');

export class SessionStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
    readonly lifetimeMs = 12 * 60 * 60 * 1000,
  ) {}

  create(username: string): string {
    const token = newToken();
    const t = this.now().getTime();
    this.db.prepare('DELETE FROM server_sessions WHERE expires_at <= ?').run(t);
    this.db.prepare('INSERT INTO server_sessions (token_hash, username, expires_at) VALUES (?, ?, ?)').run(digest(token), username, t + this.lifetimeMs);
    return token;
  }

  /** The session's account name, or undefined when the token is unknown or expired. */
  user(token: string): string | undefined {
    const r = this.db.prepare('SELECT username, expires_at FROM server_sessions WHERE token_hash = ?').get(digest(token)) as { username: string; expires_at: number } | undefined;
    if (!r) return undefined;
    if (r.expires_at <= this.now().getTime()) {
      this.end(token);
      return undefined;
    }
    return r.username;
  }

  end(token: string): void {
    this.db.prepare('DELETE FROM server_sessions WHERE token_hash = ?').run(digest(token));
  }

  endAll(username: string): void {
    this.db.prepare('DELETE FROM server_sessions WHERE username = ?').run(username);
  }
}
