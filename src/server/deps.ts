/** What the routes share: the project store and, in team mode, accounts, sessions and the login limiter. */
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { LoginLimiter } from './users/rate-limit.js';
import type { SessionStore } from './users/sessions.js';
import type { UserStore } from './users/user-store.js';

export type Mode = 'local' | 'team';

export interface Deps {
  readonly store: SqliteStore;
  readonly mode: Mode;
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly limiter: LoginLimiter;
  /** Mark cookies Secure (set when the server sits behind HTTPS). */
  readonly secureCookies: boolean;
}
