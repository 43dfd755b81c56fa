/**
 * CSRF protection by double submit, in both modes (a page on any site could otherwise
 * post to a local server on 127.0.0.1): every request that changes state, login
 * included, must carry the CSRF cookie's value in the x-csrf-token header. A request
 * without the cookie is given one, so the first GET (e.g. /api/auth/session) arms the page.
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http-error.js';
import { newToken } from '../users/sessions.js';
import { CSRF_COOKIE, CSRF_HEADER, setCsrfCookie } from './cookies.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function csrf(secure: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cookie = getCookie(c, CSRF_COOKIE);
    if (!SAFE.has(c.req.method)) {
      const header = c.req.header(CSRF_HEADER);
      if (!cookie || !header || !same(cookie, header)) {
        throw new ApiError(403, 'csrf', `A request that changes data needs the '${CSRF_COOKIE}' cookie's value in the '${CSRF_HEADER}' header: GET /api/auth/session gives both.`);
      }
    }
    const token = cookie ?? newToken();
    if (!cookie) setCsrfCookie(c, token, secure);
    c.set('csrf', token);
    await next();
  };
}
