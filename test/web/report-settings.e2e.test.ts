/**
 * What the report is built with, chosen in the browser and kept by the project (local
 * mode, the owner, the real server): on the Analysis page, an outcome's method saved with
 * "Use in the project's report" comes back after a reload and the downloaded report pools
 * with it; on the PRISMA page, counts edited by hand and saved come back after a reload,
 * the report draws them and says who edited them, and "Back to the live counts" clears them.
 * Screenshots go to METASIFT_SCREENSHOTS=DIR when set (else a temporary directory).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { projectTable } from '../../src/analysis/project-table.js';
import { fixed } from '../../src/plot/svg/format.js';
import { SqliteStore } from '../../src/store/index.js';
import { closeLocalApp, enterDeathOutcome, startLocalApp, type LocalApp } from './browser-setup.js';

let app: LocalApp | undefined;
let page: Page;
let store: SqliteStore;
let errors: string[];

const shot = (name: string) => page.screenshot({ path: join(app!.shots, `${name}.png`), fullPage: true });

function project(path: string): SqliteStore {
  const s = SqliteStore.open(path);
  s.addReviewer({ id: 'me', name: 'Me', canResolve: true });
  s.setSetting('title', 'MSC for lupus');
  enterDeathOutcome(s);
  return s;
}

async function downloadReport(): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-report').click()]);
  return readFile(await download.path(), 'utf8');
}

const chooseDeath = async () => {
  const select = page.getByTestId('project-outcome');
  await select.locator('option[value="death"]').waitFor({ state: 'attached' });
  await select.selectOption('death');
  await page.getByTestId('report-choice').waitFor();
};

describe('the report\'s analysis and PRISMA counts, kept by the project', () => {
  beforeAll(async () => {
    app = await startLocalApp('metasift-report-settings-', project, '/#/analysis', { viewport: { width: 1400, height: 1000 }, locale: 'en-GB', acceptDownloads: true });
    ({ page, store, errors } = app);
  }, 120_000);

  afterAll(() => closeLocalApp(app));

  test('Analysis: an outcome\'s method "Use in the project\'s report" is restored after a reload and pooled by the downloaded report', async () => {
    await chooseDeath();
    await expect.poll(() => page.getByTestId('method').inputValue()).toBe('MH');
    await expect(page.getByTestId('report-choice-state').textContent()).resolves.toBe('The report uses the default analysis for this outcome.');
    await page.getByTestId('method').selectOption('DL');
    await page.getByTestId('use-in-report').click();
    const state = page.getByTestId('report-choice-state');
    await expect.poll(() => state.getAttribute('data-saved')).toBe('true');
    await expect(state.textContent()).resolves.toMatch(/^Saved for the report: RR, inverse variance, random effects \(DerSimonian–Laird τ²\), by me on \d{4}-\d\d-\d\d$/);
    expect(store.setting('analysis.outcome.death')).toMatchObject({ by: 'me', options: { measure: 'RR', method: 'DL', test: 'z', level: 95, prediction: false, higherIsBetter: false } });
    await expect(page.getByTestId('use-in-report').isDisabled()).resolves.toBe(true);
    await shot('report-analysis-saved');

    await page.reload();
    await chooseDeath();
    await expect.poll(() => page.getByTestId('method').inputValue()).toBe('DL');
    await expect(page.getByTestId('measure').inputValue()).resolves.toBe('RR');
    await expect(page.getByTestId('report-choice-state').getAttribute('data-saved')).resolves.toBe('true');

    const html = await downloadReport();
    const expected = analyzeTable(projectTable(store, 'death'), { measure: 'RR', method: 'DL' });
    expect(html).toContain('IV, Random, 95% CI');
    expect(html).not.toContain('M-H, Fixed');
    expect(html).toMatch(/Analysis as set by me on \d{4}-\d\d-\d\d: RR, inverse variance, random effects \(DerSimonian–Laird τ²\)\./);
    expect(html).toContain(`Pooled risk ratio ${fixed(expected.transf.est!, 2)} (95% CI ${fixed(expected.transf.ci_lb!, 2)} to ${fixed(expected.transf.ci_ub!, 2)})`);
    // a change not yet saved is told apart
    await page.getByTestId('method').selectOption('REML');
    await expect.poll(() => page.getByTestId('report-choice-state').textContent()).toContain('The options above differ from the saved ones.');
    expect(errors).toEqual([]);
  }, 40_000);

  test('PRISMA: counts edited by hand and saved survive a reload and are in the report; "Back to the live counts" clears them', async () => {
    await page.getByTestId('nav-prisma').click();
    await page.getByTestId('prisma-source-hand').click();
    await page.getByTestId('prisma-identification.automation_removed').fill('3');
    const diagram = page.getByTestId('prisma-diagram');
    await expect.poll(() => diagram.innerHTML()).toContain('>tools (n = 3)<');
    await expect(page.getByTestId('prisma-saved-state').getAttribute('data-saved')).resolves.toBe('false');
    await page.getByTestId('prisma-save').click();
    await expect.poll(() => page.getByTestId('prisma-saved-state').getAttribute('data-saved')).toBe('true');
    expect(store.setting('prisma.overrides')).toMatchObject({ by: 'me', counts: { identification: { automation_removed: 3 } } });

    await page.reload();
    await expect.poll(() => diagram.getAttribute('data-source')).toBe('hand');
    await expect.poll(() => diagram.innerHTML()).toContain('>tools (n = 3)<');
    await expect(page.getByTestId('prisma-identification.automation_removed').inputValue()).resolves.toBe('3');
    await expect(page.getByTestId('prisma-saved-state').textContent()).resolves.toMatch(/^Saved for the report: counts edited by hand by me on \d{4}-\d\d-\d\d$/);
    await shot('report-prisma-saved');
    const html = await downloadReport();
    expect(html).toMatch(/PRISMA 2020 flow diagram: counts edited by hand by me on \d{4}-\d\d-\d\d/);
    expect(html).toContain('>tools (n = 3)<');

    await page.getByTestId('prisma-back-to-live').click();
    await expect.poll(() => diagram.getAttribute('data-source')).toBe('ledger');
    await expect.poll(() => diagram.innerHTML()).toContain('>tools (n = 0)<');
    expect(store.setting('prisma.overrides')).toMatchObject({ by: 'me', counts: null });
    await page.reload();
    await expect.poll(() => diagram.getAttribute('data-source')).toBe('ledger');
    const live = await downloadReport();
    expect(live).toContain('PRISMA 2020 flow diagram from the screening record');
    expect(live).toContain('>tools (n = 0)<');
    expect(errors).toEqual([]);
  }, 40_000);
});
