/** A cookie-keeping client for the app in-process (app.request, no port), and project fixtures. */
import type { Hono } from 'hono';
import type { BibRecord } from '../../src/review/records/types.js';
import { createApp, type AppEnv, type AppOptions } from '../../src/server/index.js';
import { addAccount, UserStore } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';

export const rec = (i: number, over: Partial<BibRecord> = {}): BibRecord => ({
  sourceId: `R${i}`,
  source: { database: 'PubMed', file: 'pubmed.txt', line: i },
  title: `Stem cells for disease ${i}`,
  authors: ['Wang L', 'Smith J'],
  year: 2020,
  doi: `10.1000/${i}`,
  ...over,
});

export function project(n = 6): SqliteStore {
  let t = Date.UTC(2025, 0, 1);
  const s = SqliteStore.open(':memory:', { now: () => new Date((t += 1000)).toISOString() });
  if (n > 0) s.importRecords(Array.from({ length: n }, (_, i) => rec(i + 1)), { file: 'pubmed.txt', database: 'PubMed' });
  for (const r of ['Wrong population', 'Wrong outcome']) s.addExclusionReason(r);
  return s;
}

export const PASSWORD = 'correct horse battery';

/** A team project with accounts owner, ana and bo (reviewers) and vic (viewer). */
export async function teamProject(n = 6): Promise<SqliteStore> {
  const s = project(n);
  const users = new UserStore(s.db);
  await addAccount(s, users, { username: 'owner', password: PASSWORD, role: 'owner' });
  await addAccount(s, users, { username: 'ana', password: PASSWORD, role: 'reviewer' });
  await addAccount(s, users, { username: 'bo', password: PASSWORD, role: 'reviewer' });
  await addAccount(s, users, { username: 'vic', password: PASSWORD, role: 'viewer' });
  return s;
}

export interface Reply {
  readonly status: number;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly text: string;
  readonly headers: Headers;
}

export class Client {
  readonly cookies = new Map<string, string>();
  /** Send the CSRF header on unsafe requests (turn off to test the protection). */
  csrf = true;

  constructor(
    readonly app: Hono<AppEnv>,
    readonly ip = '10.0.0.1',
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const h: Record<string, string> = { ...headers };
    if (this.cookies.size > 0) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrf && method !== 'GET' && this.cookies.has('metasift_csrf') && h['x-csrf-token'] === undefined) h['x-csrf-token'] = this.cookies.get('metasift_csrf')!;
    if (body !== undefined) h['content-type'] ??= 'application/json';
    const res = await this.app.request(path, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) }, { incoming: { socket: { remoteAddress: this.ip } } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair.split('=');
      if (/Max-Age=0/i.test(c)) this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text, headers: res.headers };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown = {}) => this.request('POST', path, body);

  /** Picks up the CSRF cookie (and logs in, when given a name). */
  async start(username?: string, password = PASSWORD): Promise<this> {
    await this.get('/api/auth/session');
    if (username !== undefined) {
      const r = await this.post('/api/auth/login', { username, password });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
    }
    return this;
  }
}

export const localApp = (store = project(), o: Partial<AppOptions> = {}) => createApp({ store, staticDir: null, ...o });
export const teamApp = (store: SqliteStore, o: Partial<AppOptions> = {}) => createApp({ store, mode: 'team', staticDir: null, ...o });
