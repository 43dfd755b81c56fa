/**
 * The two cookies. The session cookie is httpOnly (scripts cannot read it) and
 * SameSite=Strict (no other site's page sends it). The CSRF cookie is readable by the
 * page, which echoes it in the x-csrf-token header: a page on another origin can make
 * the browser send the cookie but cannot read it to set the header (double submit).
 */
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'metasift_session';
export const CSRF_COOKIE = 'metasift_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function setSessionCookie(c: Context, token: string, maxAgeSeconds: number, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Strict', secure, maxAge: maxAgeSeconds });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict', secure });
}

export function setCsrfCookie(c: Context, token: string, secure: boolean): void {
  setCookie(c, CSRF_COOKIE, token, { path: '/', httpOnly: false, sameSite: 'Strict', secure });
}
