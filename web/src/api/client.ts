/**
 * The fetch client of the server's JSON API. Every request that changes data carries the
 * CSRF cookie's value in the x-csrf-token header (the server's double submit); the first
 * GET of a page arms the cookie. Errors come back as `{error: {code, message, field?}}`
 * and are thrown as ApiFailure, so a page can show the server's own message.
 */
const CSRF_COOKIE = 'metasift_csrf';
const CSRF_HEADER = 'x-csrf-token';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

function csrfCookie(): string | undefined {
  const hit = document.cookie.split('; ').find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return hit === undefined ? undefined : decodeURIComponent(hit.slice(CSRF_COOKIE.length + 1));
}

async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    if (csrfCookie() === undefined) await request('GET', '/api/auth/session');
    headers[CSRF_HEADER] = csrfCookie() ?? '';
    headers['content-type'] = 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch (err) {
    throw new ApiFailure(0, 'offline', err instanceof Error ? err.message : String(err));
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    // a static server without the API answers HTML (or a 404 page)
    throw new ApiFailure(res.status, 'no_api', `${method} ${path}: the answer is not JSON (HTTP ${res.status}).`);
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string; field?: string } } | undefined)?.error;
    throw new ApiFailure(res.status, e?.code ?? 'http', e?.message ?? `${method} ${path}: HTTP ${res.status}`, e?.field);
  }
  return json as T;
}

export const apiGet = <T>(path: string): Promise<T> => request<T>('GET', path);
export const apiPost = <T>(path: string, body: unknown = {}): Promise<T> => request<T>('POST', path, body);
export const apiPut = <T>(path: string, body: unknown): Promise<T> => request<T>('PUT', path, body);
export const apiDelete = <T>(path: string): Promise<T> => request<T>('DELETE', path);

/** A query string from defined values only. */
export function qs(params: Readonly<Record<string, string | number | undefined>>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) p.set(k, String(v));
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}
