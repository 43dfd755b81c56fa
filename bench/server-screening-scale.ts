/**
 * Screening requests on a large team project, in-process (app.request, no port, so the
 * numbers are the server's own work): 10,000 records, 10 reviewers in 5 pairs and an
 * owner who resolves, about 20,000 decisions (every record but the last 400 dual-screened
 * at title/abstract, most conflicts resolved, 400 records screened at full text). Then,
 * 200 times: a reviewer records a decision on an unscreened record (so every read after it
 * sees a changed project), and each screening read the web app makes is timed once.
 * Prints median, p95 and max per request.
 *   npm run build && node dist/bench/server-screening-scale.js [records] [rounds]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { addAccount, createApp, UserStore, type AppEnv } from '../src/server/index.js';
import { SqliteStore } from '../src/store/index.js';
import { syntheticRecords } from './synthetic-records.js';

const RECORDS = Number(process.argv[2] ?? 10_000);
const FREE = 400; // records left unscreened for the timed decisions
const FULL_TEXT = 400; // records that passed title/abstract and were screened at full text
const ROUNDS = Number(process.argv[3] ?? 200);
const PASSWORD = 'scale bench password';
const REASONS = ['Wrong population', 'Wrong intervention', 'Not randomised'];

/** Deterministic pseudo-random in [0, 1). */
const rand = (i: number, salt: number) => {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
};
const verdictOf = (u: number) => (u < 0.7 ? 'exclude' : u < 0.9 ? 'include' : 'maybe');

async function makeProject(file: string): Promise<{ decisions: number; resolutions: number }> {
  const store = SqliteStore.open(file);
  store.importRecords(syntheticRecords(RECORDS), { file: 'synthetic.nbib', database: 'PubMed' });
  for (const r of REASONS) store.addExclusionReason(r);
  const users = new UserStore(store.db);
  await addAccount(store, users, { username: 'owner', password: PASSWORD, role: 'owner' });
  for (let i = 0; i < 10; i++) await addAccount(store, users, { username: `r${i}`, password: PASSWORD, role: 'reviewer' });
  // The history is written straight into the event tables (the store's rules would take minutes here); it is what the store would have written.
  const insD = store.db.prepare(`INSERT INTO decision_events (record_id, stage, reviewer_id, verdict, reason_id, note, at) VALUES (?, ?, ?, ?, ?, NULL, ?)`);
  const insR = store.db.prepare(`INSERT INTO resolution_events (record_id, stage, verdict, reason_id, method, by, why, at) VALUES (?, ?, ?, NULL, 'third_reviewer', 'owner', 'checked the abstract', ?)`);
  let decisions = 0;
  let resolutions = 0;
  let fullText = 0;
  const at = new Date(Date.UTC(2025, 0, 1)).toISOString();
  store.db.transaction(() => {
    for (let id = 1; id <= RECORDS - FREE; id++) {
      const pair = id % 5;
      const a = verdictOf(rand(id, 1));
      const b = rand(id, 2) < 0.85 ? a : verdictOf(rand(id, 3));
      insD.run(id, 'title_abstract', `r${2 * pair}`, a, null, at);
      insD.run(id, 'title_abstract', `r${2 * pair + 1}`, b, null, at);
      decisions += 2;
      let passed = a === b && a !== 'exclude';
      if (a !== b && rand(id, 4) < 0.8) {
        const v = rand(id, 5) < 0.5 ? 'include' : 'exclude';
        insR.run(id, 'title_abstract', v, at);
        resolutions++;
        passed = v === 'include';
      }
      if (passed && fullText < FULL_TEXT) {
        fullText++;
        for (const [k, r] of [`r${2 * pair}`, `r${2 * pair + 1}`].entries()) {
          const inc = rand(id, 6 + k) < 0.4;
          insD.run(id, 'full_text', r, inc ? 'include' : 'exclude', inc ? null : 1 + Math.floor(rand(id, 8) * REASONS.length), at);
          decisions++;
        }
      }
    }
  })();
  store.close();
  return { decisions, resolutions };
}

/** A cookie-keeping caller of the app in-process. */
class Caller {
  private readonly jar = new Map<string, string>();
  constructor(private readonly app: Hono<AppEnv>) {}
  async call(method: string, path: string, body?: unknown): Promise<{ status: number; text: string; ms: number }> {
    const headers: Record<string, string> = {};
    if (this.jar.size > 0) headers.cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.jar.has('metasift_csrf')) headers['x-csrf-token'] = this.jar.get('metasift_csrf')!;
    const t0 = performance.now();
    const res = await this.app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }, { incoming: { socket: { remoteAddress: '127.0.0.1' } } });
    const text = await res.text();
    const ms = performance.now() - t0;
    for (const c of res.headers.getSetCookie()) {
      const [k, v] = c.split(';')[0].split('=');
      this.jar.set(k, v);
    }
    return { status: res.status, text, ms };
  }
  async login(username: string): Promise<this> {
    await this.call('GET', '/api/auth/session');
    const r = await this.call('POST', '/api/auth/login', { username, password: PASSWORD });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
    return this;
  }
}

const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'metasift-scale-'));
  const file = join(dir, 'scale.sqlite');
  try {
    const t0 = performance.now();
    const made = await makeProject(file);
    const store = SqliteStore.open(file);
    const app = createApp({ store, mode: 'team', staticDir: null });
    const [r0, r1, owner] = await Promise.all([new Caller(app).login('r0'), new Caller(app).login('r1'), new Caller(app).login('owner')]);
    console.log(`screening at scale: ${RECORDS} records, ${made.decisions} decisions, ${made.resolutions} resolutions (set up in ${((performance.now() - t0) / 1000).toFixed(1)} s); ${ROUNDS} rounds, each after a new decision`);

    const reads: [string, Caller, (id: number) => string][] = [
      ['GET /api/records/:id', r0, (id) => `/api/records/${id}`],
      ['GET /api/screening/view (reviewer)', r0, () => '/api/screening/view?stage=title_abstract'],
      ['GET /api/records?filter=undecided', r0, () => '/api/records?filter=undecided&limit=50'],
      ['GET /api/records?filter=mine', r0, () => '/api/records?filter=mine&limit=50'],
      ['GET /api/records?stage=full_text&filter=undecided', r0, () => '/api/records?stage=full_text&filter=undecided&limit=50'],
      ['GET /api/records?filter=all (owner)', owner, () => '/api/records?filter=all&limit=50&offset=5000'],
      ['GET /api/conflicts (owner)', owner, () => '/api/conflicts'],
      ['GET /api/screening/view (owner)', owner, () => '/api/screening/view'],
      ['GET /api/prisma', owner, () => '/api/prisma'],
    ];
    const times = new Map<string, number[]>([['POST /api/screening/decisions', []], ...reads.map(([k]) => [k, []] as [string, number[]])]);
    const warm = new Map<string, number[]>(reads.map(([k]) => [k, []]));
    let failures = 0;
    for (let k = 0; k < ROUNDS; k++) {
      const id = RECORDS - FREE + 1 + Math.floor(k / 2);
      const who = k % 2 === 0 ? r0 : r1;
      const d = await who.call('POST', '/api/screening/decisions', { recordId: id, stage: 'title_abstract', verdict: k % 3 === 0 ? 'include' : 'exclude' });
      if (d.status !== 201) failures++;
      times.get('POST /api/screening/decisions')!.push(d.ms);
      for (const [label, caller, path] of reads) {
        const r = await caller.call('GET', path(id));
        if (r.status !== 200) failures++;
        times.get(label)!.push(r.ms);
      }
      if (k % 10 === 0) {
        for (const [label, caller, path] of reads) warm.get(label)!.push((await caller.call('GET', path(id))).ms);
      }
    }
    const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(10);
    const line = (label: string, xs: readonly number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      console.log(`  ${label.padEnd(52)} p50 ${ms(pct(s, 50))}  p95 ${ms(pct(s, 95))}  max ${ms(s.at(-1)!)}`);
    };
    console.log('after a write (every read sees a changed project):');
    for (const [label, xs] of times) line(label, xs);
    console.log('repeated, nothing changed since the last read:');
    for (const [label, xs] of warm) line(label, xs);
    store.close();
    if (failures > 0) {
      console.log(`${failures} requests failed`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
