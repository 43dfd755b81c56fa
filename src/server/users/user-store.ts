/** Accounts of team mode, in the project file (schema.ts). Passwords only as argon2id hashes. */
import type Database from 'better-sqlite3';
import type { Role, SessionUser } from '../env.js';
import { ApiError } from '../http-error.js';
import { hashPassword, spendVerifyTime, verifyPassword } from './passwords.js';
import { ensureUserTables } from './schema.js';

export interface UserInfo extends SessionUser {
  readonly createdAt: string;
}

interface Row {
  username: string;
  name: string;
  role: Role;
  password_hash: string;
  created_at: string;
}

const info = (r: Row): UserInfo => ({ id: r.username, name: r.name, role: r.role, createdAt: r.created_at });

export class UserStore {
  constructor(
    readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    ensureUserTables(db);
  }

  list(): UserInfo[] {
    return (this.db.prepare('SELECT * FROM server_users ORDER BY username').all() as Row[]).map(info);
  }

  find(username: string): UserInfo | undefined {
    const r = this.row(username);
    return r && info(r);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM server_users').get() as { n: number }).n;
  }

  async create(u: { username: string; name?: string; password: string; role: Role }): Promise<UserInfo> {
    const passwordHash = await hashPassword(u.password);
    if (this.row(u.username)) throw new ApiError(409, 'exists', `An account named '${u.username}' already exists.`, 'username');
    this.db
      .prepare('INSERT INTO server_users (username, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(u.username, u.name ?? u.username, u.role, passwordHash, this.now().toISOString());
    return this.find(u.username)!;
  }

  /** The account if the password is right, else undefined (taking the same time either way). */
  async check(username: string, password: string): Promise<UserInfo | undefined> {
    const r = this.row(username);
    if (!r) {
      await spendVerifyTime(password);
      return undefined;
    }
    return (await verifyPassword(r.password_hash, password)) ? info(r) : undefined;
  }

  async setPassword(username: string, password: string): Promise<void> {
    const h = await hashPassword(password);
    this.db.prepare('UPDATE server_users SET password_hash = ? WHERE username = ?').run(h, username);
  }

  passwordHash(username: string): string | undefined {
    return this.row(username)?.password_hash;
  }

  private row(username: string): Row | undefined {
    return this.db.prepare('SELECT * FROM server_users WHERE username = ?').get(username) as Row | undefined;
  }
}
