/**
 * The project-wide pages in a real browser against the real server (local mode, the
 * owner): the app built with Vite into a temporary directory, served by startServer on
 * 127.0.0.1 over a temporary project with records, an outcome and two extracted studies.
 *   - Analysis: "Download report (HTML)" saves the server's report, the file the CLI makes.
 *   - Screening: the owner sets the project's highlight terms, Chinese ones included; the
 *     record is marked as they type, and after saving and a reload (from the server).
 *   - PRISMA: the diagram is the ledger's, live: a decision on the Screening page, and one
 *     made elsewhere while the page is open, change its counts; "edit counts by hand"
 *     starts from the ledger's counts and overrides them for the figure only.
 *   - Extraction: a study's characteristics checked as you type by the core's rule, saved,
 *     still there after a reload; a second extractor's differing values are reconciled.
 * Screenshots go to METASIFT_SCREENSHOTS=DIR when set (else a temporary directory).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BibRecord } from '../../src/review/records/types.js';
import { checkCharacteristics } from '../../src/review/extraction/check-characteristics.js';
import { SqliteStore } from '../../src/store/index.js';
import { closeLocalApp, enterDeathOutcome, startLocalApp, type LocalApp } from './browser-setup.js';

let app: LocalApp | undefined;
let shots: string;
let store: SqliteStore;
let page: Page;
let errors: string[];

/** A request from the page, with the CSRF header the server's double submit wants. */
async function send(method: string, path: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ([m, p, b]) => {
      const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('metasift_csrf='))?.slice('metasift_csrf='.length) ?? '');
      const r = await fetch(p as string, { method: m as string, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(b) });
      return r.status;
    },
    [method, path, body] as const,
  );
}
const cell = (id: string) => page.getByTestId(`ledger-${id}`).textContent();

const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

const rec = (i: number, database: string): BibRecord => ({
  sourceId: `R${i}`,
  source: { database, file: `${database}.txt`, line: i },
  title: `Mesenchymal stem cells for lupus nephritis: a randomised trial ${i}`,
  altTitle: `间充质干细胞治疗狼疮性肾炎的随机对照试验 ${i}`,
  authors: ['Wang L'],
  year: 2020,
  abstract: 'A randomised placebo-controlled trial of stem cell infusion; a pilot part used mice. 本研究先在小鼠模型中评价了间充质干细胞的安全性。',
});

function project(path: string): SqliteStore {
  const s = SqliteStore.open(path);
  s.addReviewer({ id: 'me', name: 'Me', canResolve: true });
  s.importRecords([1, 2, 3, 4].map((i) => rec(i, 'PubMed')), { file: 'pubmed.txt', database: 'PubMed' });
  s.importRecords([5, 6].map((i) => rec(i, 'CNKI')), { file: 'cnki.txt', database: 'CNKI' });
  for (const r of ['Wrong population', 'Wrong outcome']) s.addExclusionReason(r);
  s.setSetting('screening.required', 1);
  s.setSetting('title', 'MSC for lupus');
  enterDeathOutcome(s);
  return s;
}

describe('project pages in chromium against the real server', () => {
  beforeAll(async () => {
    app = await startLocalApp('metasift-pages-', project, '/#/analysis', { viewport: { width: 1400, height: 1000 }, locale: 'en-GB', acceptDownloads: true });
    ({ shots, store, page, errors } = app);
  }, 90_000);

  afterAll(() => closeLocalApp(app));

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

  test('Screening: the owner\'s include and exclude terms, English and Chinese, mark the record as typed and are kept by the project', async () => {
    await page.getByTestId('nav-screening').click();
    await page.locator('[data-testid="record"][data-record-id="1"]').waitFor();
    await expect(page.locator('mark').count()).resolves.toBe(0);
    await page.getByText('Highlighted terms').click();
    await page.getByTestId('terms-include').fill('stem cell\n间充质干细胞，randomised');
    await page.getByTestId('terms-exclude').fill('mice、小鼠');
    // marked as typed, before saving
    await expect.poll(() => page.locator('mark.term-exclude').allTextContents()).toEqual(['mice', '小鼠']);
    await page.getByTestId('terms-save').click();
    await page.getByTestId('terms-saved').waitFor();
    expect(store.setting('screening.highlight.include')).toEqual(['stem cell', '间充质干细胞', 'randomised']);
    expect(store.setting('screening.highlight.exclude')).toEqual(['mice', '小鼠']);

    await page.reload();
    const record = page.locator('[data-testid="record"][data-record-id="1"]');
    await record.waitFor();
    await expect.poll(() => record.locator('mark.term-include').allTextContents()).toEqual(['stem cell', 'randomised', '间充质干细胞', 'randomised', 'stem cell', '间充质干细胞']);
    await expect(record.locator('mark.term-exclude').allTextContents()).resolves.toEqual(['mice', '小鼠']);
    await expect(page.getByTestId('terms-include').inputValue()).resolves.toBe('stem cell\n间充质干细胞\nrandomised');
    await shot('terms-1-en');
    await page.getByTestId('lang').selectOption('zh');
    await shot('terms-2-zh');
    await page.getByTestId('lang').selectOption('en');
    expect(errors).toEqual([]);
  }, 30_000);

  test('PRISMA: the live diagram counts the ledger per database; decisions made on the Screening page and elsewhere change it', async () => {
    await page.getByTestId('nav-prisma').click();
    const diagram = page.getByTestId('prisma-diagram');
    await diagram.locator('svg').waitFor();
    await expect(diagram.getAttribute('data-source')).resolves.toBe('ledger');
    await expect.poll(() => cell('db-PubMed')).toBe('4');
    await expect(cell('db-CNKI')).resolves.toBe('2');
    await expect(cell('screened')).resolves.toBe('0');
    await expect(cell('pending-ta')).resolves.toBe('6');
    const svg = await diagram.innerHTML();
    expect(svg).toContain('PubMed (n = 4)');
    expect(svg).toContain('CNKI (n = 2)');
    await shot('prisma-1-live');

    // one record excluded on the Screening page (one decision settles it here)
    await page.getByTestId('nav-screening').click();
    await page.locator('[data-testid="record"][data-record-id="1"]').waitFor();
    await page.keyboard.press('E');
    await page.locator('[data-testid="record"][data-record-id="2"]').waitFor();
    await expect.poll(() => store.decisions({ stage: 'title_abstract' }).length).toBe(1);
    await page.getByTestId('nav-prisma').click();
    await expect.poll(() => cell('screened')).toBe('1');
    await expect(cell('screening_excluded')).resolves.toBe('1');
    await expect(cell('pending-ta')).resolves.toBe('5');

    // decisions made elsewhere (another reviewer, another tab) reach the open page by themselves
    expect(await send('POST', '/api/screening/decisions', { recordId: 2, stage: 'title_abstract', verdict: 'include' })).toBe(201);
    expect(await send('POST', '/api/screening/decisions', { recordId: 2, stage: 'full_text', verdict: 'exclude', reason: 'Wrong outcome' })).toBe(201);
    await expect.poll(() => cell('screened'), { timeout: 12_000 }).toBe('2');
    await expect.poll(() => cell('assessed'), { timeout: 12_000 }).toBe('1');
    await expect(cell('reason-0')).resolves.toBe('1');
    await expect.poll(() => diagram.innerHTML()).toContain('Wrong outcome (n = 1)');
    await shot('prisma-2-after-decisions');
    expect(errors).toEqual([]);
  }, 40_000);

  test('PRISMA: "Edit counts by hand" starts from the ledger, overrides the figure only, and the live counts come back', async () => {
    await page.getByTestId('prisma-source-hand').click();
    await expect(page.getByTestId('prisma-databases-0-name').inputValue()).resolves.toBe('PubMed');
    await expect(page.getByTestId('prisma-databases-1-n').inputValue()).resolves.toBe('2');
    await expect(page.getByTestId('prisma-screening.screened').inputValue()).resolves.toBe('2');
    await page.getByTestId('prisma-identification.automation_removed').fill('3');
    const diagram = page.getByTestId('prisma-diagram');
    await expect.poll(() => diagram.innerHTML()).toContain('>tools (n = 3)<');
    await expect(diagram.getAttribute('data-source')).resolves.toBe('hand');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('prisma-download-svg').click()]);
    expect(await readFile(await download.path(), 'utf8')).toContain('>tools (n = 3)<');
    await page.getByTestId('lang').selectOption('zh');
    await shot('prisma-3-by-hand-zh');
    await page.getByTestId('prisma-source-ledger').click();
    await expect.poll(() => diagram.innerHTML()).toContain('>tools (n = 0)<');
    await shot('prisma-4-live-zh');
    await page.getByTestId('lang').selectOption('en');
    // the ledger itself is untouched by the override
    expect((await page.evaluate(async () => (await fetch('/api/prisma')).json())).counts.identification.automation_removed).toBe(0);
    expect(errors).toEqual([]);
  }, 30_000);

  test('Extraction: characteristics are checked as you type by the core, saved for the study, and still there after a reload', async () => {
    await page.getByTestId('nav-extraction').click();
    await expect.poll(() => page.getByTestId('study-select').inputValue()).toBe('1');
    const values = { disease: 'SLE 系统性红斑狼疮', msc_source: 'umbilical cord', dose: '1×10⁶ cells/kg', route: 'intravenous', control: 'placebo', follow_up: '12 months' };
    for (const [f, v] of Object.entries(values)) await page.getByTestId(`char-${f}`).fill(v);
    await page.getByTestId('char-n_msc').fill('0');
    await page.getByTestId('char-n_control').fill('twenty');
    // both wrong counts are marked at once, each with the core's own message
    const core = (v: unknown) => {
      try {
        checkCharacteristics({ n_msc: v as number });
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    await expect(page.getByTestId('char-n_msc-error').textContent()).resolves.toBe(`Check 'Participants, MSC arm': ${core(0)}`);
    await expect(page.getByTestId('char-n_control-error').textContent()).resolves.toContain("Characteristic 'n_control' should be a whole number of participants ≥ 1 (or null), not \"twenty\".");
    await expect(page.getByTestId('char-save').isDisabled()).resolves.toBe(true);
    await shot('char-1-invalid');
    await page.getByTestId('char-n_msc').fill('20');
    await page.getByTestId('char-n_control').fill('19');
    await expect(page.getByTestId('char-n_msc-error').count()).resolves.toBe(0);
    await page.getByTestId('char-save').click();
    await expect.poll(() => page.getByTestId('char-save').textContent()).toBe('Saved');
    const expected = { ...values, n_msc: 20, n_control: 19 };
    expect(store.extraction.extractions({ studyId: 1, extractor: 'me' }).filter((i) => i.key.item === 'characteristics').map((i) => i.data)).toEqual([expected]);

    await page.reload();
    await expect.poll(() => page.getByTestId('char-disease').inputValue()).toBe('SLE 系统性红斑狼疮');
    await expect(page.getByTestId('char-n_control').inputValue()).resolves.toBe('19');
    await expect(page.getByTestId('char-save').textContent()).resolves.toBe('Saved');
    expect(errors).toEqual([]);
  }, 30_000);

  test('Extraction: a second extractor\'s differing characteristics are shown side by side to the resolver and reconciled', async () => {
    store.addReviewer({ id: 'bo', name: 'Bo', canResolve: false });
    store.extraction.enterCharacteristics(1, { disease: 'SLE 系统性红斑狼疮', msc_source: 'bone marrow', dose: '1×10⁶ cells/kg', route: 'intravenous', control: 'placebo', follow_up: '12 months', n_msc: 20, n_control: 19 }, { extractor: 'bo' });
    await page.reload();
    const d = page.getByTestId('char-discrepancies');
    await d.waitFor();
    // only the field that differs, each extractor's value in their row
    await expect(d.locator('thead th').allTextContents()).resolves.toEqual(['Keep', 'Extractor', 'MSC source']);
    await expect(d.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (c) => c.textContent).slice(1)))).resolves.toEqual([
      ['me', 'umbilical cord'],
      ['bo', 'bone marrow'],
    ]);
    await page.getByTestId('lang').selectOption('zh');
    await shot('char-2-discrepancy-zh');
    await page.getByTestId('lang').selectOption('en');
    await shot('char-3-discrepancy-en');
    await page.getByTestId('char-keep-me').check();
    await page.getByTestId('char-why').fill('Methods, page 3');
    await page.getByTestId('char-reconcile').click();
    await expect.poll(() => d.count()).toBe(0);
    expect(store.extraction.reconciliations({ studyId: 1 }).map((r) => [r.key, (r.data as { msc_source: string }).msc_source, r.why])).toEqual([[{ item: 'characteristics' }, 'umbilical cord', 'Methods, page 3']]);
    expect(errors).toEqual([]);
  }, 30_000);
});
