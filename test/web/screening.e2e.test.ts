/**
 * Screening in a real browser against the real server: the app is built with Vite into a
 * temporary directory and served by startServer (the Hono app, in-process, 127.0.0.1,
 * a free port) over a temporary project. Local mode: five records screened by keyboard
 * reach the store as exactly those five decisions, undo changes one, a full-text
 * exclusion asks for its reason, and the list of 10,000 records stays virtualised. Team
 * mode: two reviewers log in through the page and disagree, the owner resolves the
 * conflict in the conflicts view. Set METASIFT_SCREENSHOTS=DIR to keep the screenshots.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BibRecord } from '../../src/review/records/types.js';
import { cirrhosisPaper } from '../server/dedupe-fixture.js';
import { addAccount, UserStore, type RunningServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { highlight } from '../../web/src/screening/highlight.js';
import { keyAction } from '../../web/src/screening/keys.js';
import { windowRange } from '../../web/src/screening/window-range.js';
import { closeAll, launchChromium, openPage, prepareWorkspace, serveApp } from './browser-setup.js';

const PASSWORD = 'correct horse battery';
const REASONS = ['Wrong population', 'Wrong intervention', 'Wrong study design'];
const LIST_SIZE = 10_000;

const rec = (i: number): BibRecord => ({
  sourceId: `R${i}`,
  source: { database: 'PubMed', file: 'pubmed.txt', line: i },
  title: i <= 6 ? `Mesenchymal stem cell therapy for Crohn's disease, trial ${i}` : `Record ${i} on an unrelated topic`,
  authors: ['Wang L', 'Smith J'],
  year: 2000 + (i % 25),
  journal: 'Gut',
  abstract: i <= 6 ? `A randomised trial of stem cell injection versus placebo in adults; a pilot part used mice (record ${i}).` : undefined,
  keywords: i <= 6 ? ['stem cell', 'fistula'] : undefined,
});

function project(path: string, n: number, required: number): SqliteStore {
  const s = SqliteStore.open(path);
  s.importRecords(Array.from({ length: n }, (_, i) => rec(i + 1)), { file: 'pubmed.txt', database: 'PubMed' });
  for (const r of REASONS) s.addExclusionReason(r);
  s.setSetting('screening.required', required);
  return s;
}

let browser: Browser;
let work: string;
let shots: string;
let dist: string;
const servers: RunningServer[] = [];
const stores: SqliteStore[] = [];

async function launch(store: SqliteStore, mode: 'local' | 'team'): Promise<string> {
  const server = await serveApp({ store, mode, staticDir: dist });
  servers.push(server);
  return server.url;
}

function newPage(url: string): Promise<{ page: Page; errors: string[] }> {
  return openPage(browser, url, { viewport: { width: 1400, height: 950 }, locale: 'en-GB' });
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const shownId = async (page: Page) => Number(await page.getByTestId('record').getAttribute('data-record-id'));
const waitForRecord = (page: Page, id: number) => page.locator(`[data-testid="record"][data-record-id="${id}"]`).waitFor();

describe('screening in chromium against the real server', () => {
  beforeAll(async () => {
    ({ work, shots, dist } = await prepareWorkspace('metasift-screening-'));
    browser = await launchChromium();
  }, 60_000);

  afterAll(() => closeAll({ browser, servers, stores, work }));

  describe('local mode', () => {
    let store: SqliteStore;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      store = project(join(work, 'local.sqlite'), LIST_SIZE, 1);
      stores.push(store);
      ({ page, errors } = await newPage((await launch(store, 'local')) + '/#/screening'));
      await waitForRecord(page, 1);
    }, 30_000);

    test('five records screened by keyboard (I, E, M, I, E) are exactly the five decisions the server records', async () => {
      await expect(page.getByTestId('key-hints').textContent()).resolves.toMatch(/I\s*Include.*E\s*Exclude.*M\s*Maybe.*U\s*Undo/);
      // the project's term lists highlight the record (set by the owner, kept on the server)
      await page.getByText('Highlighted terms').click();
      await page.getByTestId('terms-include').fill('stem cell\nrandomised');
      await page.getByTestId('terms-exclude').fill('mice');
      await page.getByTestId('terms-save').click();
      await page.getByTestId('terms-saved').waitFor();
      expect(store.setting('screening.highlight.exclude')).toEqual(['mice']);
      await expect(page.locator('mark.term-include').first().textContent()).resolves.toMatch(/stem cell/i);
      await expect(page.locator('mark.term-exclude').first().textContent()).resolves.toBe('mice');
      await shot(page, 's1-screening-record');

      const keys = ['I', 'E', 'M', 'I', 'E'];
      for (const [i, key] of keys.entries()) {
        await waitForRecord(page, i + 1);
        await page.keyboard.press(key);
      }
      await waitForRecord(page, 6);
      await expect.poll(() => page.getByTestId('progress').getAttribute('data-decided')).toBe('5');
      const decisions = store.decisions({ stage: 'title_abstract' });
      expect(decisions.map((d) => [d.recordId, d.reviewer, d.verdict])).toEqual([
        [1, 'me', 'include'],
        [2, 'me', 'exclude'],
        [3, 'me', 'maybe'],
        [4, 'me', 'include'],
        [5, 'me', 'exclude'],
      ]);
      await expect(page.getByTestId('progress').textContent()).resolves.toContain(`5 of ${LIST_SIZE} decided`);
      await expect(page.getByTestId('counts').textContent()).resolves.toMatch(/Include 2.*Exclude 2.*Maybe 1/);
      expect(errors).toEqual([]);
    });

    test('undo goes back to the last record with its verdict, and a key changes it (the server keeps both)', async () => {
      await page.keyboard.press('U');
      await waitForRecord(page, 5);
      await expect(page.getByTestId('revisit').textContent()).resolves.toContain('You decided this record: Exclude');
      await shot(page, 's2-undo');
      await page.keyboard.press('I');
      await waitForRecord(page, 6);
      await expect.poll(() => store.decisions({ recordId: 5 })[0]?.verdict).toBe('include');
      expect(store.decisionHistory(5).map((d) => d.verdict)).toEqual(['exclude', 'include']);
      expect(store.decisions({ stage: 'title_abstract' })).toHaveLength(5);
      await expect.poll(() => page.getByTestId('counts').textContent()).toMatch(/Include 3.*Exclude 1.*Maybe 1/);
    });

    test('at full text, E asks for the reason and a number key picks it', async () => {
      await page.getByTestId('stage-full_text').click();
      await waitForRecord(page, 1); // records 1, 3, 4, 5 passed title/abstract
      await page.keyboard.press('E');
      await page.getByTestId('reason-picker').waitFor();
      await expect(page.getByTestId('reason-picker').textContent()).resolves.toContain('2 Wrong intervention');
      await shot(page, 's3-full-text-reason');
      await page.keyboard.press('2');
      await waitForRecord(page, 3);
      await expect.poll(() => store.decisions({ stage: 'full_text' }).map((d) => [d.recordId, d.verdict, d.reason])).toEqual([[1, 'exclude', 'Wrong intervention']]);
      await page.getByTestId('stage-title_abstract').click();
      await waitForRecord(page, 6);
    });

    test('the list of 10,000 records draws only the rows in view, and scrolls to the last one', async () => {
      await page.getByTestId('view-list').click();
      await page.getByTestId('filter').selectOption('all');
      await expect.poll(() => page.getByTestId('list-total').textContent()).toBe(`${LIST_SIZE} records`);
      await page.locator('[data-testid="list-row"][data-record-id="1"]').waitFor();
      const drawn = await page.getByTestId('list-row').count();
      expect(drawn).toBeGreaterThan(5);
      expect(drawn).toBeLessThan(60);
      await expect(page.locator('[data-testid="list-row"][data-record-id="5"]').textContent()).resolves.toContain('Include');
      await shot(page, 's4-list-top');
      const started = Date.now();
      await page.getByTestId('record-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await page.locator(`[data-testid="list-row"][data-record-id="${LIST_SIZE}"]`).waitFor();
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await page.getByTestId('list-row').count()).toBeLessThan(60);
      await shot(page, 's5-list-bottom');
      // a click opens the record for screening
      await page.locator(`[data-testid="list-row"][data-record-id="${LIST_SIZE}"]`).click();
      await waitForRecord(page, LIST_SIZE);
      expect(await shownId(page)).toBe(LIST_SIZE);
      await page.getByTestId('lang').selectOption('zh');
      await expect(page.getByTestId('key-hints').textContent()).resolves.toMatch(/I\s*纳入.*E\s*排除.*M\s*待定.*U\s*撤销/);
      await expect(page.getByTestId('progress').textContent()).resolves.toContain(`已决定 5 / ${LIST_SIZE}`);
      await shot(page, 's6-screening-zh');
      await page.getByTestId('lang').selectOption('en');
      expect(errors).toEqual([]);
    });

    test('fast screening runs on past the first batch of 50 records without losing or repeating one', async () => {
      await page.keyboard.press('Escape'); // from record 10,000 back to the next undecided one
      await waitForRecord(page, 6);
      for (let id = 6; id < 66; id++) {
        await waitForRecord(page, id);
        await page.keyboard.press('E');
      }
      await waitForRecord(page, 66);
      await expect.poll(() => store.decisions({ stage: 'title_abstract' }).length).toBe(65);
      const ids = store.decisions({ stage: 'title_abstract' }).map((d) => d.recordId);
      expect(ids).toEqual(Array.from({ length: 65 }, (_, i) => i + 1));
      expect(errors).toEqual([]);
    }, 20_000);
  });

  describe('team mode', () => {
    let store: SqliteStore;
    let url: string;

    beforeAll(async () => {
      store = project(join(work, 'team.sqlite'), 6, 2);
      stores.push(store);
      const users = new UserStore(store.db);
      for (const [username, role] of [['owner', 'owner'], ['ana', 'reviewer'], ['bo', 'reviewer']] as const) await addAccount(store, users, { username, password: PASSWORD, role });
      url = (await launch(store, 'team')) + '/#/screening';
    }, 30_000);

    async function loggedIn(username: string): Promise<{ page: Page; errors: string[] }> {
      const p = await newPage(url);
      await p.page.getByTestId('login-username').fill(username);
      await p.page.getByTestId('login-password').fill(PASSWORD);
      await p.page.getByTestId('login-submit').click();
      await p.page.getByTestId('session-user').waitFor();
      return p;
    }

    test('two reviewers disagree on a record and the owner resolves the conflict in the conflicts view', async () => {
      const login = await newPage(url);
      await login.page.getByTestId('login').waitFor();
      await shot(login.page, 't1-login');
      await login.page.context().close();

      const ana = await loggedIn('ana');
      await waitForRecord(ana.page, 1);
      await ana.page.keyboard.press('I');
      await waitForRecord(ana.page, 2);
      // a reviewer is not a resolver: no conflicts view
      await expect(ana.page.getByTestId('view-conflicts').count()).resolves.toBe(0);
      const bo = await loggedIn('bo');
      await waitForRecord(bo.page, 1);
      await bo.page.keyboard.press('E');
      await waitForRecord(bo.page, 2);
      await expect.poll(() => store.decisions({ recordId: 1 }).map((d) => `${d.reviewer}:${d.verdict}`).sort()).toEqual(['ana:include', 'bo:exclude']);
      // blinded: bo sees his own decision as awaiting, never ana's verdict
      await bo.page.getByTestId('view-list').click();
      await bo.page.getByTestId('filter').selectOption('mine');
      await expect(bo.page.locator('[data-testid="list-row"][data-record-id="1"]').textContent()).resolves.toMatch(/Exclude · awaiting/);

      const owner = await loggedIn('owner');
      await owner.page.getByTestId('view-conflicts').click();
      const item = owner.page.locator('[data-testid="conflict"][data-record-id="1"]');
      await item.waitFor();
      await expect(item.textContent()).resolves.toMatch(/ana\s*Include.*bo\s*Exclude/);
      await owner.page.getByTestId('c1-verdict').selectOption('include');
      await owner.page.getByTestId('c1-why').fill('Adults with perianal fistulas: the population fits; bo misread the mouse pilot.');
      await shot(owner.page, 't2-conflict');
      await owner.page.getByTestId('c1-submit').click();
      await owner.page.getByTestId('no-conflicts').waitFor();
      const [resolution] = store.resolutions('title_abstract');
      expect(resolution).toMatchObject({ recordId: 1, verdict: 'include', method: 'third_reviewer', by: 'owner' });
      expect(resolution.why).toContain('mouse pilot');
      await shot(owner.page, 't3-resolved');
      for (const p of [ana, bo, owner]) expect(p.errors).toEqual([]);
    }, 30_000);
  });

  describe('deduplication, local mode', () => {
    // the fixture of test/server/dedupe.test.ts: 1 and 2 are one paper (confident), 3 a follow-up (uncertain)
    const paper = cirrhosisPaper;


    test('run merges the confident pair; the uncertain pairs are shown side by side, merged or kept; merges are undone', async () => {
      const store = SqliteStore.open(join(work, 'dedupe.sqlite'));
      stores.push(store);
      store.importRecords([paper('a'), paper('a', { title: paper('a').title.toUpperCase() }), paper('fu', { year: 2014, volume: '29', pages: '455-463' })], { file: 'embase.ris', database: 'Embase' });
      const { page, errors } = await newPage((await launch(store, 'local')) + '/#/dedup');
      await page.getByTestId('no-pairs').waitFor();
      await page.getByTestId('dedupe-run').click();
      await expect.poll(() => page.getByTestId('dedupe-note').textContent()).toBe('Groups of confident duplicates merged: 1. Pairs that need a person: 1.');
      expect(store.record(2)!.duplicateOf).toBe(1);
      const pairs = page.getByTestId('pair');
      // 2 is now a duplicate of 1, so the pair 2–3 is no longer a candidate
      await expect.poll(() => pairs.evaluateAll((els) => els.map((e) => e.getAttribute('data-pair')))).toEqual(['1-3']);
      // the differing fields are shaded, the shared ones are not
      const first = pairs.first();
      await expect(first.locator('tr.differs th').allTextContents()).resolves.toEqual(['Year', 'Volume', 'Pages']);
      await expect(first.locator('tr:not(.differs) th').allTextContents()).resolves.toEqual(expect.arrayContaining(['Title', 'Authors', 'Journal', 'Registrations']));
      await shot(page, 'd1-dedupe-pairs');
      // record 1 already keeps 2: merging 1 with 3 joins that group, and the list says which took in which
      await page.getByTestId('merge-1-3').click();
      await expect.poll(() => store.record(3)!.duplicateOf).toBe(1);
      expect(store.record(2)!.duplicateOf).toBe(1);
      await page.getByTestId('no-pairs').waitFor();
      await expect.poll(() => page.getByTestId('merge-row').allTextContents()).toEqual([expect.stringContaining('taken into group 2'), '2#1#2, #3me: merged by hand from the uncertain queue (took in group 1)Undo']);
      await expect(page.getByTestId('undo-merge-1').count()).resolves.toBe(0);
      // undoing the joining merge brings back group 1 exactly, and 1–3 waits for a person again
      await page.getByTestId('undo-merge-2').click();
      await expect.poll(() => store.record(3)!.duplicateOf).toBeNull();
      expect(store.record(2)!.duplicateOf).toBe(1);
      await expect.poll(() => pairs.evaluateAll((els) => els.map((e) => e.getAttribute('data-pair')))).toEqual(['1-3']);
      await page.getByTestId('keep-1-3').click();
      await page.getByTestId('no-pairs').waitFor();
      await expect(page.getByTestId('merge-row').allTextContents()).resolves.toEqual([expect.stringMatching(/#1#2.*Undo$/), expect.stringContaining('undone by me')]);
      await shot(page, 'd2-dedupe-decided');
      expect(errors).toEqual([]);
    }, 20_000);
  });
});

describe('the screening page’s glue', () => {
  test('highlight(text, include, exclude) marks whole-word starts, longest term first, exclude winning a tie', () => {
    expect(highlight('Stem cells in mice; stem cell therapy', ['stem', 'stem cell'], ['mice', 'STEM'])).toEqual([
      { text: 'Stem cell', mark: 'include' },
      { text: 's in ', mark: null },
      { text: 'mice', mark: 'exclude' },
      { text: '; ', mark: null },
      { text: 'stem cell', mark: 'include' },
      { text: ' therapy', mark: null },
    ]);
    expect(highlight('stem', ['stem'], ['STEM'])).toEqual([{ text: 'stem', mark: 'exclude' }]);
    expect(highlight('systemic', ['stem'], [])).toEqual([{ text: 'systemic', mark: null }]);
    expect(highlight('a (b) c', ['(b)'], [])).toEqual([{ text: 'a ', mark: null }, { text: '(b)', mark: 'include' }, { text: ' c', mark: null }]);
    expect(highlight('间充质干细胞治疗 mice', ['干细胞'], ['mice'])).toEqual([
      { text: '间充质', mark: null },
      { text: '干细胞', mark: 'include' },
      { text: '治疗 ', mark: null },
      { text: 'mice', mark: 'exclude' },
    ]);
  });

  test('windowRange(scrollTop, viewport, rowHeight, total) draws the rows in view plus overscan, clamped', () => {
    expect(windowRange(0, 360, 36, 10_000)).toEqual({ first: 0, end: 15 });
    expect(windowRange(36 * 5000, 360, 36, 10_000)).toEqual({ first: 4995, end: 5015 });
    expect(windowRange(36 * 10_000, 360, 36, 10_000)).toEqual({ first: 9995, end: 10_000 });
    expect(windowRange(0, 360, 36, 0)).toEqual({ first: 0, end: 0 });
  });

  test('keyAction(event) maps I, E, M, U, Esc and 1–9, and leaves Ctrl and Alt combinations alone', () => {
    const k = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => keyAction({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect([k('i'), k('E'), k('m')]).toEqual(['include', 'exclude', 'maybe'].map((verdict) => ({ kind: 'verdict', verdict })));
    expect([k('u'), k('Backspace'), k('z', { ctrlKey: true })]).toEqual([{ kind: 'undo' }, { kind: 'undo' }, { kind: 'undo' }]);
    expect(k('3')).toEqual({ kind: 'reason', index: 2 });
    expect([k('0'), k('i', { ctrlKey: true }), k('e', { altKey: true }), k('x')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
