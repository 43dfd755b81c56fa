/**
 * Load test of the server on loopback (issue 8): a team project of 1,000 records and
 * 20 reviewer accounts; 20 simulated reviewers, in 10 pairs, each log in and screen
 * their pair's 100 records at once through the HTTP API (Node's fetch), reading the
 * undecided list every fifth decision as the web app would. The server runs in a
 * child process, so the clients' work does not slow it. Bounded: 20 × (100 + 20 + 2)
 * requests, and every request is cut off 120 s after the start. Afterwards the project file is opened
 * and every acknowledged decision must be there exactly once, and nothing else.
 * Not a test: it prints latency percentiles and exits non-zero if a decision was lost
 * or duplicated.
 *   npm run build && node dist/bench/server-load.js
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, startServer, addAccount, UserStore } from '../src/server/index.js';
import { SqliteStore } from '../src/store/index.js';
import { syntheticRecords } from './synthetic-records.js';

const RECORDS = 1000;
const REVIEWERS = 20;
const PASSWORD = 'load test password';
const TIME_LIMIT_MS = 120_000;
const VERDICTS = ['include', 'exclude', 'maybe'] as const;

/** Child mode: serve the project file and print the address. */
async function serveChild(file: string): Promise<void> {
  const store = SqliteStore.open(file);
  const server = await startServer(createApp({ store, mode: 'team', staticDir: null }), { port: 0, host: '127.0.0.1' });
  process.stdout.write(`${server.url}\n`);
  process.once('SIGINT', () => void server.close().then(() => store.close()));
}

async function makeProject(file: string): Promise<void> {
  const store = SqliteStore.open(file);
  store.importRecords(syntheticRecords(RECORDS), { file: 'synthetic.nbib', database: 'PubMed' });
  const users = new UserStore(store.db);
  for (let i = 0; i < REVIEWERS; i++) await addAccount(store, users, { username: `r${i}`, password: PASSWORD, role: 'reviewer' });
  store.close();
}

function startChild(file: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'serve', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
    child.stdout.once('data', (d: Buffer) => {
      child.removeAllListeners('exit');
      resolve({ url: d.toString().trim(), stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGINT'))) });
    });
  });
}

interface Sent {
  readonly recordId: number;
  readonly reviewer: string;
  readonly verdict: string;
}

/** One reviewer's session: login, then screen its records in its own order. */
type Kind = 'login' | 'decide' | 'list';

async function reviewer(url: string, i: number, deadline: number, latencies: Record<Kind, number[]>, acked: Sent[], failures: string[]): Promise<void> {
  const name = `r${i}`;
  let cookie = '';
  let csrf = '';
  const call = async (kind: Kind, method: string, path: string, body?: unknown): Promise<Response> => {
    const t0 = performance.now();
    if (t0 > deadline) throw new Error(`${name}: time limit reached`);
    const res = await fetch(`${url}${path}`, {
      method,
      signal: AbortSignal.timeout(Math.max(1, Math.ceil(deadline - t0))),
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json', 'x-csrf-token': csrf }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    latencies[kind].push(performance.now() - t0);
    for (const c of res.headers.getSetCookie()) {
      const [k, v] = c.split(';')[0].split('=');
      const jar = new Map(cookie.split('; ').filter(Boolean).map((x) => x.split('=') as [string, string]));
      jar.set(k, v);
      cookie = [...jar].map(([a, b]) => `${a}=${b}`).join('; ');
      if (k === 'metasift_csrf') csrf = v;
    }
    if (res.status >= 400) failures.push(`${name} ${method} ${path}: ${res.status} ${text.slice(0, 120)}`);
    return res;
  };
  await call('login', 'GET', '/api/auth/session');
  await call('login', 'POST', '/api/auth/login', { username: name, password: PASSWORD });
  const pair = Math.floor(i / 2);
  const per = RECORDS / (REVIEWERS / 2);
  const ids = Array.from({ length: per }, (_, k) => pair * per + 1 + k);
  // the two of a pair go through their records in opposite orders, so they meet in the middle
  if (i % 2 === 1) ids.reverse();
  for (const [k, recordId] of ids.entries()) {
    const verdict = VERDICTS[(recordId * 7 + i) % 3];
    const res = await call('decide', 'POST', '/api/screening/decisions', { recordId, stage: 'title_abstract', verdict });
    if (res.status === 201) acked.push({ recordId, reviewer: name, verdict });
    if (k % 5 === 4) await call('list', 'GET', '/api/records?filter=undecided&limit=20');
  }
}

const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'metasift-load-'));
  const file = join(dir, 'load.sqlite');
  try {
    await makeProject(file);
    const server = await startChild(file);
    const latencies: Record<Kind, number[]> = { login: [], decide: [], list: [] };
    const acked: Sent[] = [];
    const failures: string[] = [];
    const t0 = performance.now();
    const runs = await Promise.allSettled(Array.from({ length: REVIEWERS }, (_, i) => reviewer(server.url, i, t0 + TIME_LIMIT_MS, latencies, acked, failures)));
    const wall = performance.now() - t0;
    await server.stop();

    const store = SqliteStore.open(file);
    const events = (store.db.prepare('SELECT count(*) AS n FROM decision_events').get() as { n: number }).n;
    const current = store.decisions();
    store.close();
    const key = (d: { recordId: number; reviewer: string }) => `${d.recordId}/${d.reviewer}`;
    const stored = new Map(current.map((d) => [key(d), d.verdict]));
    const lost = acked.filter((a) => stored.get(key(a)) !== a.verdict);
    const unacked = current.length - new Set(acked.map(key)).size;

    const ms = (x: number) => `${x.toFixed(1)} ms`;
    const line = (label: string, xs: readonly number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      if (sorted.length === 0) return console.log(`  ${label.padEnd(34)} n     0`);
      console.log(`  ${label.padEnd(34)} n ${String(sorted.length).padStart(5)}  p50 ${ms(pct(sorted, 50))}, p95 ${ms(pct(sorted, 95))}, p99 ${ms(pct(sorted, 99))}, max ${ms(sorted.at(-1)!)}`);
    };
    const all = [...latencies.login, ...latencies.decide, ...latencies.list];
    console.log(`server load: ${REVIEWERS} reviewers, ${RECORDS} records, ${all.length} requests in ${(wall / 1000).toFixed(2)} s (${Math.round(all.length / (wall / 1000))} req/s)`);
    line('all requests', all);
    line('screening (decisions and lists)', [...latencies.decide, ...latencies.list]);
    line('POST /api/screening/decisions', latencies.decide);
    line('GET /api/records?filter=undecided', latencies.list);
    line('login (argon2id verify)', latencies.login);
    console.log(`decisions acknowledged ${acked.length}; decision events in the store ${events}; current decisions ${current.length}`);
    const rejected = runs.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
    const ok = events === acked.length && lost.length === 0 && unacked === 0 && failures.length === 0 && rejected.length === 0;
    if (!ok) {
      console.log(`lost or changed: ${lost.length}; stored without acknowledgement: ${unacked}; HTTP failures: ${failures.length}; aborted reviewers: ${rejected.length}`);
      for (const f of [...failures, ...rejected].slice(0, 10)) console.log(`  ${f}`);
      process.exitCode = 1;
    } else {
      console.log('no decision lost or duplicated');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'serve') await serveChild(process.argv[3]);
else await main();
