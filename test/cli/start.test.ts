// The main job end to end: `npm start` runs `metasift serve` in its own process, which makes a
// working copy of the embedded MSC review, serves the API and the web app on loopback, and stops
// cleanly on Ctrl-C (SIGINT). The process runs the TypeScript sources through the same module
// hooks as the crash test, so the test never depends on a stale build.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvidence } from '../../src/review/evidence/index.js';
import { SqliteStore } from '../../src/store/index.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hooks = join(repo, 'test/store/fixtures/register-ts.mjs');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** Resolves with the child's stdout once `pattern` appears in it (rejects if the child exits first). */
function waitFor(child: ChildProcessWithoutNullStreams, pattern: RegExp, seen: { out: string; err: string }): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = pattern.exec(seen.out);
      if (m) resolve(m);
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => reject(new Error(`metasift serve exited (${code}) before printing ${pattern}: ${seen.err}`)));
    check();
  });
}

describe('npm start: the web app on the embedded MSC review', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'metasift-start-'));
  const seen = { out: '', err: '' };
  let child: ChildProcessWithoutNullStreams;
  let url = '';

  beforeAll(async () => {
    // `npm start` is `node dist/src/cli/main.js serve`; here the same command line on the sources
    const args = pkg.scripts.start.split(/\s+/).slice(2);
    child = spawn(process.execPath, ['--import', hooks, join(repo, 'src/cli/main.ts'), ...args, '--port', '0'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.on('data', (b: Buffer) => (seen.out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (seen.err += b.toString()));
    url = (await waitFor(child, /at (http:\/\/127\.0\.0\.1:\d+)\//, seen))[1];
  }, 60_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('package.json starts the server, and the report stays one command away', () => {
    expect(pkg.scripts.start).toBe('node dist/src/cli/main.js serve');
    expect(pkg.scripts.report).toBe('node dist/src/cli/main.js report');
    // npm ci builds the web app as well as the library, so the server has pages to serve
    expect(pkg.scripts.prepare).toMatch(/tsc -p tsconfig\.build\.json && vite build -c web\/vite\.config\.ts/);
  });

  it('prints the address, made a working copy, and answers /api/health with {"ok": true}', async () => {
    expect(seen.out).toContain('Made a working copy of the embedded review');
    expect(seen.out).toContain('local mode, no login');
    const r = await fetch(`${url}/api/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true });
  });

  it('serves the embedded review: one record per study, ready to screen, and its PRISMA counts', async () => {
    const studies = loadEvidence().studies;
    const records = (await (await fetch(`${url}/api/records?limit=500`)).json()) as { total: number; items: { title: string; database: string }[] };
    expect(records.total).toBe(studies.length);
    // each record is titled by its study's label (e.g. "Panés 2016: mesenchymal stromal cells …")
    const titles = records.items.map((r) => r.title);
    for (const s of studies) expect(titles.filter((t) => t.startsWith(`${s.label}: mesenchymal stromal cells`)), s.label).toHaveLength(1);
    expect(new Set(records.items.map((r) => r.database))).toEqual(new Set(['MSC evidence base']));
    const prisma = await fetch(`${url}/api/prisma.svg`);
    expect(prisma.status).toBe(200);
    expect(await prisma.text()).toContain(`(n = ${studies.length})`);
  });

  it('answers the web app (or, before a build, a page pointing at the API) on /', async () => {
    const r = await fetch(`${url}/`);
    expect(r.status).toBe(200);
    const html = await r.text();
    if (existsSync(join(repo, 'web/dist/index.html'))) expect(html).toContain('<div id="root">');
    else expect(html).toContain('the web app has not been built');
  });

  it('stops on Ctrl-C with exit code 0, leaving the working copy whole and the embedded data untouched', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(seen.out).toContain('Stopped.');
    const copy = SqliteStore.open(join(cwd, 'metasift-work', 'msc-autoimmune.sqlite'));
    expect(copy.countRecords()).toBe(loadEvidence().studies.length);
    copy.close();
  });
});
