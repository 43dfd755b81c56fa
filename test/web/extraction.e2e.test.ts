/**
 * Extraction in a real browser against the real server (local mode, the owner): the app
 * built with Vite into a temporary directory, served by startServer on 127.0.0.1 over a
 * temporary project with two studies already extracted. Through the page: add a study,
 * define nothing new (the outcome exists), enter its two arms, see events > n refused as
 * you type, save; the store then holds exactly those values, and the server's pooled
 * result for the outcome equals analyzeTable(projectTable(store)) computed here. "Open
 * in analysis" puts the three studies on the Analysis page's forest plot.
 * Set METASIFT_SCREENSHOTS=DIR to keep the screenshots.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { projectTable } from '../../src/analysis/project-table.js';
import { SqliteStore } from '../../src/store/index.js';
import { checkDraft } from '../../web/src/extraction/arm-form.js';
import { closeLocalApp, enterDeathOutcome, startLocalApp, type LocalApp } from './browser-setup.js';

let app: LocalApp | undefined;
let shots: string;
let store: SqliteStore;
let page: Page;
let errors: string[];

const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

function project(path: string): SqliteStore {
  const s = SqliteStore.open(path);
  s.addReviewer({ id: 'me', name: 'Me', canResolve: true });
  enterDeathOutcome(s);
  return s;
}

describe('extraction in chromium against the real server', () => {
  beforeAll(async () => {
    app = await startLocalApp('metasift-extraction-', project, '/#/extraction', { viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    ({ shots, store, page, errors } = app);
  }, 60_000);

  afterAll(() => closeLocalApp(app));

  test('the form checks as you type with the core rule, saves both arms, and the server pools what the store holds', async () => {
    await page.getByTestId('study-new').fill('Li 2021');
    await page.getByTestId('study-add').click();
    await expect.poll(() => page.getByTestId('study-select').inputValue()).toBe('3');
    await expect(page.getByTestId('outcome-select').inputValue()).resolves.toBe('death');

    await page.getByTestId('arm-0-events').fill('41');
    await page.getByTestId('arm-0-n').fill('40');
    const message = await page.getByTestId('arm-0-error').textContent();
    // the page shows the core's own message, field included
    const core = checkDraft({ arm: 'MSC', group: 'msc', kind: 'events', fields: { events: '41', n: '40' } }, 'binary');
    expect(core.ok).toBe(false);
    expect(message).toBe(`Check 'events': ${core.ok ? '' : core.message}`);
    await expect(page.getByTestId('arm-0-save').isDisabled()).resolves.toBe(true);
    await shot('1-events-over-n');

    await page.getByTestId('arm-0-events').fill('4');
    await expect(page.getByTestId('arm-0-preview').textContent()).resolves.toBe('4 events of 40');
    await page.getByTestId('arm-1-events').fill('11');
    await page.getByTestId('arm-1-n').fill('40');
    await expect(page.getByTestId('group-control').textContent()).resolves.toBe('11 events of 40');
    await page.getByTestId('arm-0-save').click();
    await expect.poll(() => page.getByTestId('arm-0-save').textContent()).toBe('Saved');
    await page.getByTestId('arm-1-save').click();
    await expect.poll(() => page.getByTestId('arm-1-save').textContent()).toBe('Saved');
    await shot('2-saved');

    const li = store.extraction.extractions({ studyId: 3, outcome: 'death' });
    expect(li.map((i) => [i.extractor, i.key, i.data])).toEqual([
      ['me', { item: 'arm', outcome: 'death', arm: 'MSC' }, { group: 'msc', value: { type: 'events', events: 4, n: 40 } }],
      ['me', { item: 'arm', outcome: 'death', arm: 'Control' }, { group: 'control', value: { type: 'events', events: 11, n: 40 } }],
    ]);

    const res = await page.evaluate(async () => (await fetch('/api/outcomes/death/analysis?measure=RR&method=REML')).json());
    const expected = analyzeTable(projectTable(store, 'death'), { measure: 'RR', method: 'REML' });
    expect(res.k).toBe(3);
    for (const f of ['b', 'se', 'ci_lb', 'ci_ub', 'tau2', 'I2'] as const) expect(res[f], f).toBeCloseTo((expected as unknown as Record<string, number>)[f], 12);
    expect(errors).toEqual([]);
  }, 30_000);

  test('"Open in analysis" draws the outcome\'s three studies on the Analysis page', async () => {
    await page.getByTestId('open-analysis').click();
    await page.waitForURL(/#\/analysis$/);
    const forest = page.getByTestId('forest');
    await forest.locator('svg').waitFor();
    const svg = await forest.innerHTML();
    for (const s of ['Li 2021', 'Shi 2012', 'Xu 2019']) expect(svg).toContain(s);
    await shot('3-analysis');
    expect(errors).toEqual([]);
  }, 30_000);
});
