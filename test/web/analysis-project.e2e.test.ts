/**
 * The Analysis page on the project `npm start` opens (the embedded MSC review's working
 * copy, served by the real server in local mode, the owner): choosing an outcome fills the
 * study table with its extracted studies (RR by Mantel-Haenszel, "Favours" from the
 * outcome's direction), and "Subgroups by: MSC source" fills the Subgroup column from the
 * studies' characteristics; the forest plot then shows the subgroups and the test for
 * subgroup differences, with the numbers the core computes for the same table.
 * Screenshots go to METASIFT_SCREENSHOTS=DIR when set (else a temporary directory).
 */
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { projectTable } from '../../src/analysis/project-table.js';
import { subgroupDiffText } from '../../src/plot/forest/format.js';
import { fixed } from '../../web/src/common/format.js';
import { openEmbeddedProject } from '../../src/server/core/embedded-project.js';
import type { SqliteStore } from '../../src/store/index.js';
import { closeLocalApp, startLocalApp, type LocalApp } from './browser-setup.js';

let app: LocalApp | undefined;
let page: Page;
let store: SqliteStore;
let errors: string[];

const shot = (name: string) => page.screenshot({ path: join(app!.shots, `${name}.png`), fullPage: true });
const pooled = async () => Number(await page.getByTestId('pooled-est').getAttribute('data-value'));
/** The table's events and totals, read at one moment (rows may come and go while a new outcome loads). */
const studyCells = () =>
  page.getByTestId('study-table').evaluate((table) =>
    Array.from(table.querySelectorAll('tbody tr')).map((tr) => ['ai', 'n1i', 'ci', 'n2i'].map((c) => (tr.querySelector(`[data-testid$="-${c}"]`) as HTMLInputElement | null)?.value ?? '')),
  );

describe('Analysis page: an outcome of the project, subgroups by a study characteristic', () => {
  beforeAll(async () => {
    app = await startLocalApp('metasift-analysis-project-', (path) => openEmbeddedProject(dirname(path), { required: 1 }).store, '/#/analysis', {
      viewport: { width: 1500, height: 1100 },
      locale: 'en-GB',
    });
    ({ page, store, errors } = app);
  }, 120_000);

  afterAll(() => closeLocalApp(app));

  test('choosing PF_6M fills the table with its studies and pools them as the core does (RR, M-H)', async () => {
    const select = page.getByTestId('project-outcome');
    await select.locator('option[value="PF_6M"]').waitFor({ state: 'attached' });
    await select.selectOption('PF_6M');
    const table = projectTable(store, 'PF_6M');
    const expectedRows = table.rows.map((r) => r.slice(1, 5));
    await expect.poll(studyCells).toEqual(expectedRows);
    await expect(page.getByTestId('measure').inputValue()).resolves.toBe('RR');
    await expect(page.getByTestId('method').inputValue()).resolves.toBe('MH');
    // fistula healing: higher is better, so the plot's right side favours MSC
    expect(table.outcome.lowerIsBetter).toBe(false);
    await expect(page.locator('input[type=checkbox]').last().isChecked()).resolves.toBe(true);
    const expected = analyzeTable(table, { measure: 'RR', method: 'MH' });
    await expect.poll(pooled).toBeCloseTo(expected.transf.est!, 12);
    await expect(page.getByTestId('project-warnings').textContent()).resolves.toContain('Values checked by one extractor only');
    expect(errors).toEqual([]);
  }, 30_000);

  test('"Subgroups by: MSC source" draws the subgroups and the test for subgroup differences, as the core computes them', async () => {
    await page.getByTestId('subgroup-by').selectOption('msc_source');
    const forest = page.getByTestId('forest');
    await expect.poll(() => forest.innerHTML()).toContain('Test for subgroup differences');
    const table = projectTable(store, 'PF_6M', { characteristics: ['msc_source'] });
    const expected = analyzeTable(table, { measure: 'RR', method: 'MH', subgroup: 'msc_source' });
    const levels = expected.subgroups!.levels.map((l) => l.subgroup);
    expect(levels).toEqual(['adipose', 'bone_marrow']);
    const svg = await forest.innerHTML();
    for (const l of levels) expect(svg).toContain(`>${l}<`);
    expect(svg).toContain(subgroupDiffText(expected.subgroups!.test_subgroup_diff));
    // the Subgroup column holds each study's MSC source
    const sources = table.rows.map((r) => r.at(-1));
    for (const [i, s] of sources.entries()) await expect(page.getByTestId(`cell-${i}-subgroup`).inputValue()).resolves.toBe(s);
    await expect(page.getByTestId('subgroup-test').textContent()).resolves.toContain(`Q = ${fixed(expected.subgroups!.test_subgroup_diff.Q)}, df = 1`);
    await expect.poll(pooled).toBeCloseTo(expected.transf.est!, 12);
    await expect(page.getByTestId('subgroups-panel').locator('tbody tr').count()).resolves.toBe(2);
    await shot('analysis-project-subgroups');
    expect(errors).toEqual([]);
  }, 30_000);

  test('another outcome keeps the subgroups by MSC source; "(none)" turns them off', async () => {
    await page.getByTestId('project-outcome').selectOption('PF_GT12M');
    const table = projectTable(store, 'PF_GT12M', { characteristics: ['msc_source'] });
    await expect.poll(studyCells).toEqual(table.rows.map((r) => r.slice(1, 5)));
    await expect(page.getByTestId('subgroup-by').inputValue()).resolves.toBe('msc_source');
    const expected = analyzeTable(table, { measure: 'RR', method: 'MH', subgroup: 'msc_source' });
    await expect.poll(pooled).toBeCloseTo(expected.transf.est!, 12);
    await expect(page.getByTestId('forest').innerHTML()).resolves.toContain('Test for subgroup differences');
    await page.getByTestId('subgroup-by').selectOption('');
    await expect.poll(() => page.getByTestId('forest').innerHTML()).not.toContain('Test for subgroup differences');
    await expect(page.getByTestId('subgroups').isChecked()).resolves.toBe(false);
    expect(errors).toEqual([]);
  }, 30_000);
});
