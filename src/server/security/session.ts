/** Who a request acts for: the local owner in local mode, the session's account in team mode, else nobody. */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Deps } from '../deps.js';
import { LOCAL_USER, type AppEnv } from '../env.js';
import { SESSION_COOKIE } from './cookies.js';

export function session(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (deps.mode === 'local') {
      c.set('user', LOCAL_USER);
    } else {
      const token = getCookie(c, SESSION_COOKIE);
      const name = token === undefined ? undefined : deps.sessions.user(token);
      c.set('user', (name !== undefined && deps.users.find(name)) || null);
    }
    await next();
  };
}
