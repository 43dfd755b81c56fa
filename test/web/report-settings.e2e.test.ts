/**
 * What the report is built with, chosen in the browser and kept by the project (local
 * mode, the owner, the real server): on the Analysis page, an outcome's method saved with
 * "Use in the project's report" comes back after a reload and the downloaded report pools
 * with it; on the PRISMA page, counts edited by hand and saved come back after a reload,
 * the report draws them and says who edited them, and "Back to the live counts" clears them.
 * An outcome handed over by the Extraction page's "Open in analysis" starts from its saved
 * analysis; "Edit counts by hand" waits for the live counts; in team mode, the save
 * buttons are offered only to those the server lets save (resolvers; owners for PRISMA).
 * Screenshots go to METASIFT_SCREENSHOTS=DIR when set (else a temporary directory).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { projectTable } from '../../src/analysis/project-table.js';
import { fixed } from '../../src/plot/svg/format.js';
import { addAccount, UserStore, type RunningServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';
import type { PrismaFromLedger } from '../../src/review/prisma-ledger.js';
import { closeLocalApp, enterDeathOutcome, openPage, serveApp, startLocalApp, type LocalApp } from './browser-setup.js';

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

  test('Analysis: an outcome handed over by "Open in analysis" starts from its saved analysis, not the defaults', async () => {
    await page.getByTestId('nav-extraction').click();
    await page.getByTestId('open-analysis').click();
    await page.waitForURL(/#\/analysis$/);
    const state = page.getByTestId('report-choice-state');
    await expect.poll(() => state.getAttribute('data-saved')).toBe('true');
    await expect(state.textContent()).resolves.toMatch(/^Saved for the report: RR, inverse variance, random effects \(DerSimonian–Laird τ²\), by me/);
    await expect(page.getByTestId('project-outcome').inputValue()).resolves.toBe('death');
    await expect.poll(() => page.getByTestId('method').inputValue()).toBe('DL');
    await expect(page.getByTestId('measure').inputValue()).resolves.toBe('RR');
    // nothing differs from what is saved, so nothing to overwrite it with
    await expect(page.getByTestId('use-in-report').isDisabled()).resolves.toBe(true);
    expect(errors).toEqual([]);
  }, 30_000);

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

  test('PRISMA: "Edit counts by hand" waits for the live counts, then starts from them (never from the example)', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/prisma', async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    const hand = page.getByTestId('prisma-source-hand');
    await hand.waitFor();
    await expect(hand.isDisabled()).resolves.toBe(true);
    await expect(hand.getAttribute('title')).resolves.toBe('Waiting for the live counts to copy them');
    release();
    await expect.poll(() => hand.isDisabled()).toBe(false);
    await page.unroute('**/api/prisma');
    await hand.click();
    const live = await page.evaluate(() => fetch('/api/prisma').then((r) => r.json() as Promise<PrismaFromLedger>));
    // the project has no records: 0 identified, where the embedded example has hundreds
    expect(live.counts.identification.records_identified).toBe(0);
    await expect(page.getByTestId('prisma-identification.records_identified').inputValue()).resolves.toBe('0');
    expect(errors).toEqual([]);
  }, 30_000);

  describe('team mode: the report\'s save buttons only for those who may save', () => {
    const PASSWORD = 'correct horse battery';
    let team: SqliteStore | undefined;
    let server: RunningServer | undefined;

    beforeAll(async () => {
      team = SqliteStore.open(join(app!.work, 'team.sqlite'));
      // cai resolves, ana does not; both entered the same numbers, so both see them
      team.addReviewer({ id: 'cai', name: 'Cai', canResolve: true });
      const users = new UserStore(team.db);
      for (const [username, role] of [['owner', 'owner'], ['ana', 'reviewer'], ['cai', 'reviewer']] as const) await addAccount(team, users, { username, password: PASSWORD, role });
      team.extraction.defineOutcome({ name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'owner' });
      for (const [label, a, n1, c, n2] of [['Shi 2012', 6, 30, 12, 30], ['Xu 2019', 3, 25, 8, 26]] as const) {
        const { id } = team.extraction.addStudy({ label, by: 'owner' });
        for (const who of ['ana', 'cai']) {
          team.extraction.enterArm(id, 'death', 'MSC', { group: 'msc', value: { type: 'events', events: a, n: n1 } }, { extractor: who });
          team.extraction.enterArm(id, 'death', 'Control', { group: 'control', value: { type: 'events', events: c, n: n2 } }, { extractor: who });
        }
      }
      server = await serveApp({ store: team, mode: 'team', staticDir: app!.dist });
    }, 30_000);

    afterAll(async () => {
      await server?.close();
      team?.close();
    });

    async function loggedIn(username: string): Promise<{ page: Page; errors: string[] }> {
      const p = await openPage(app!.browser, server!.url + '/#/extraction', { viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
      await p.page.getByTestId('login-username').fill(username);
      await p.page.getByTestId('login-password').fill(PASSWORD);
      await p.page.getByTestId('login-submit').click();
      await p.page.getByTestId('session-user').waitFor();
      await p.page.getByTestId('nav-analysis').click();
      const select = p.page.getByTestId('project-outcome');
      await select.locator('option[value="death"]').waitFor({ state: 'attached' });
      await select.selectOption('death');
      await p.page.getByTestId('report-choice').waitFor();
      return p;
    }

    test('a reviewer who does not resolve is told why instead of offered "Use in the project\'s report"; on PRISMA, only owners save', async () => {
      const { page: p, errors: errs } = await loggedIn('ana');
      await expect(p.getByTestId('report-choice-readonly').textContent()).resolves.toBe("Only the project's owners and the reviewers who resolve can choose the report's analysis.");
      await expect(p.getByTestId('use-in-report').count()).resolves.toBe(0);
      await p.getByTestId('nav-prisma').click();
      const hand = p.getByTestId('prisma-source-hand');
      await expect.poll(() => hand.isDisabled()).toBe(false);
      await hand.click();
      await expect(p.getByTestId('prisma-save-readonly').textContent()).resolves.toBe("Only the project's owners can save counts for the report.");
      await expect(p.getByTestId('prisma-save').count()).resolves.toBe(0);
      expect(errs).toEqual([]);
      await p.context().close();
    }, 30_000);

    test('a reviewer who resolves saves the analysis; PRISMA counts stay the owners\'', async () => {
      const { page: p, errors: errs } = await loggedIn('cai');
      const use = p.getByTestId('use-in-report');
      await expect.poll(() => use.isDisabled()).toBe(false);
      await expect(p.getByTestId('report-choice-readonly').count()).resolves.toBe(0);
      await use.click();
      await expect.poll(() => p.getByTestId('report-choice-state').getAttribute('data-saved')).toBe('true');
      expect(team!.setting('analysis.outcome.death')).toMatchObject({ by: 'cai', options: { measure: 'RR', method: 'MH' } });
      await p.getByTestId('nav-prisma').click();
      await p.getByTestId('prisma-source-hand').click();
      await expect(p.getByTestId('prisma-save').count()).resolves.toBe(0);
      await p.getByTestId('prisma-save-readonly').waitFor();
      expect(errs).toEqual([]);
      await p.context().close();
    }, 30_000);
  });
});
