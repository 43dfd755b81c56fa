/**
 * Log in, log out, who am I, change my password. Login is throttled per account and per
 * address (users/rate-limit.ts) before the password is even checked, answers the same
 * for an unknown account as for a wrong password, and rotates the CSRF token.
 */
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http-error.js';
import { loginBody, passwordBody } from '../schemas.js';
import { clearSessionCookie, SESSION_COOKIE, setCsrfCookie, setSessionCookie } from '../security/cookies.js';
import { signedIn } from '../security/roles.js';
import { newToken } from '../users/sessions.js';
import { jsonBody } from '../validate.js';

export function authRoutes(deps: Deps): Hono<AppEnv> {
  const { users, sessions, limiter } = deps;
  const teamOnly = () => {
    if (deps.mode !== 'team') throw new ApiError(404, 'not_team', 'There are no accounts in local mode: start the server with --team.');
  };
  return new Hono<AppEnv>()
    .get('/auth/session', (c) => c.json({ mode: deps.mode, user: c.get('user'), csrf: c.get('csrf') }))
    .post('/auth/login', async (c) => {
      teamOnly();
      const { username, password } = await jsonBody(c, loginBody);
      const keys = [`user:${username.toLowerCase()}`, `ip:${c.env?.incoming?.socket?.remoteAddress ?? 'unknown'}`];
      const wait = limiter.retryAfter(keys);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new ApiError(429, 'too_many_attempts', `Too many failed logins: try again in ${Math.ceil(wait / 60)} minutes.`);
      }
      const user = await users.check(username, password);
      if (!user) {
        limiter.fail(keys);
        throw new ApiError(401, 'bad_credentials', 'Wrong account name or password.');
      }
      limiter.clear(keys[0]);
      setSessionCookie(c, sessions.create(user.id), sessions.lifetimeMs / 1000, deps.secureCookies);
      const csrf = newToken();
      setCsrfCookie(c, csrf, deps.secureCookies);
      return c.json({ user: { id: user.id, name: user.name, role: user.role }, csrf });
    })
    .post('/auth/logout', (c) => {
      teamOnly();
      const token = getCookie(c, SESSION_COOKIE);
      if (token !== undefined) sessions.end(token);
      clearSessionCookie(c, deps.secureCookies);
      return c.json({ ok: true });
    })
    .post('/auth/password', async (c) => {
      teamOnly();
      const user = signedIn(c);
      const { current, next } = await jsonBody(c, passwordBody);
      if (!(await users.check(user.id, current))) throw new ApiError(403, 'bad_credentials', "The current password is wrong.", 'current');
      await users.setPassword(user.id, next);
      // other browsers logged in with the old password are logged out
      sessions.endAll(user.id);
      setSessionCookie(c, sessions.create(user.id), sessions.lifetimeMs / 1000, deps.secureCookies);
      return c.json({ ok: true });
    });
}
