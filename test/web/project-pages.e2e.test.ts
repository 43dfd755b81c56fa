/**
 * The project-wide pages in a real browser against the real server (local mode, the
 * owner): the app built with Vite into a temporary directory, served by startServer on
 * 127.0.0.1 over a temporary project with records, an outcome and two extracted studies.
 *   - Analysis: "Download report (HTML)" saves the server's report, the file the CLI makes.
 * Screenshots go to METASIFT_SCREENSHOTS=DIR when set (else a temporary directory).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BibRecord } from '../../src/review/records/types.js';
import { createApp, startServer, type RunningServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';

const CHROMIUM = '/usr/bin/chromium';
const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

let browser: Browser;
let work: string;
let shots: string;
let server: RunningServer;
let store: SqliteStore;
let page: Page;
const errors: string[] = [];

const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

const rec = (i: number, database: string): BibRecord => ({
  sourceId: `R${i}`,
  source: { database, file: `${database}.txt`, line: i },
  title: i % 2 === 0 ? `间充质干细胞治疗系统性红斑狼疮的随机对照试验 ${i}` : `Mesenchymal stem cells for lupus nephritis: a randomised trial ${i}`,
  authors: ['Wang L'],
  year: 2020,
  abstract: i % 2 === 0 ? '本研究在小鼠模型中评价了间充质干细胞的疗效。' : 'A randomised placebo-controlled trial of stem cell infusion; a pilot part used mice.',
});

function project(path: string): SqliteStore {
  const s = SqliteStore.open(path);
  s.addReviewer({ id: 'me', name: 'Me', canResolve: true });
  s.importRecords([1, 2, 3, 4].map((i) => rec(i, 'PubMed')), { file: 'pubmed.txt', database: 'PubMed' });
  s.importRecords([5, 6].map((i) => rec(i, 'CNKI')), { file: 'cnki.txt', database: 'CNKI' });
  for (const r of ['Wrong population', 'Wrong outcome']) s.addExclusionReason(r);
  s.setSetting('screening.required', 1);
  s.setSetting('title', 'MSC for lupus');
  s.extraction.defineOutcome({ name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'me' });
  for (const [label, a, n1, c, n2] of [['Shi 2012', 6, 30, 12, 30], ['Xu 2019', 3, 25, 8, 26]] as const) {
    const { id } = s.extraction.addStudy({ label, by: 'me' });
    s.extraction.enterArm(id, 'death', 'MSC', { group: 'msc', value: { type: 'events', events: a, n: n1 } }, { extractor: 'me' });
    s.extraction.enterArm(id, 'death', 'Control', { group: 'control', value: { type: 'events', events: c, n: n2 } }, { extractor: 'me' });
  }
  return s;
}

describe('project pages in chromium against the real server', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Debian's chromium at ${CHROMIUM} (apt-get install -y chromium); it is not installed.`);
    work = await mkdtemp(join(tmpdir(), 'metasift-pages-'));
    shots = process.env.METASIFT_SCREENSHOTS ?? join(work, 'screenshots');
    await mkdir(shots, { recursive: true });
    const dist = join(work, 'dist');
    await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    store = project(join(work, 'project.sqlite'));
    server = await startServer(createApp({ store, staticDir: dist }), { port: 0, host: '127.0.0.1' });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB', acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + '/#/analysis');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('Analysis: "Download report (HTML)" saves the project report, PRISMA figure and pooled result inline', async () => {
    const link = page.getByTestId('download-report');
    await link.waitFor();
    await shot('report-1-analysis');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('metasift-report.html');
    const html = await readFile(await download.path(), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<h1>MSC for lupus</h1>');
    expect(html).toMatch(/<figure id="fig-prisma">\n<svg/);
    expect(html).toContain('<figure id="fig-forest-death">');
    expect(html).toMatch(/Pooled risk ratio \d\.\d\d \(95% CI \d\.\d\d to \d\.\d\d\)/);
    expect(html).toContain('from 2 studies');
    expect(html).not.toMatch(/<(script|img|link)\b/);
    expect(errors).toEqual([]);
  }, 30_000);
});
