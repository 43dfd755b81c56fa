/**
 * The web app in a real browser (Debian chromium driven by playwright-core): the app is
 * built with Vite into a temporary directory, served on loopback, and the analysis page
 * must show what the core computes for the same studies, before and after an edit, in
 * English and in Chinese, and hand over a real PNG. Set METASIFT_SCREENSHOTS=DIR to keep
 * the screenshots.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import type { CsvTable } from '../../src/io/csv/parse-csv.js';
import { serveStatic } from './serve-static.js';
import { closeAll, launchChromium, openPage, prepareWorkspace } from './browser-setup.js';

// data/msc-autoimmune/perianal-fistula-healing.csv, analysis PF_6M
const PF_6M = [
  ['Herreros 2012 (FATT-1) [arms A+B combined]', '51', '124', '22', '59'],
  ['Molendijk 2015 [3 dose arms combined]', '9', '15', '2', '6'],
  ['Panes 2016 (ADMIRE-CD)', '53', '103', '36', '101'],
  ['Garcia-Arranz 2020 (FISPAC)', '7', '23', '9', '21'],
  ['Zhou 2020', '8', '11', '6', '11'],
];

function pooled(rows: string[][]) {
  const table: CsvTable = { file: 'expected', columns: ['study', 'ai', 'n1i', 'ci', 'n2i'], rows, lines: rows.map((_, i) => i + 2) };
  return analyzeTable(table, { measure: 'RR', method: 'MH' }).transf;
}

let browser: Browser;
let page: Page;
let work: string;
let shots: string;
let server: Awaited<ReturnType<typeof serveStatic>>;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function shownPooled() {
  const value = async (id: string) => {
    const el = page.getByTestId(id);
    return { value: Number(await el.getAttribute('data-value')), text: (await el.textContent())!.trim() };
  };
  return { est: await value('pooled-est'), lb: await value('pooled-ci-lb'), ub: await value('pooled-ci-ub') };
}

describe('web app in chromium', () => {
  beforeAll(async () => {
    const ws = await prepareWorkspace('metasift-web-');
    ({ work, shots } = ws);
    server = await serveStatic(ws.dist);
    browser = await launchChromium();
    let errors: string[];
    ({ page, errors } = await openPage(browser, server.url + '#/analysis', { acceptDownloads: true, viewport: { width: 1500, height: 1000 }, locale: 'en-GB' }));
    await page.getByTestId('forest').locator('svg').waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  afterAll(() => closeAll({ browser, servers: [server], work }));

  test('the analysis page shows the pooled RR the core computes for the five PF_6M trials (MH)', async () => {
    const expected = pooled(PF_6M);
    const shown = await shownPooled();
    expect(shown.est.value).toBeCloseTo(expected.est!, 12);
    expect(shown.lb.value).toBeCloseTo(expected.ci_lb!, 12);
    expect(shown.ub.value).toBeCloseTo(expected.ci_ub!, 12);
    expect([shown.est.text, shown.lb.text, shown.ub.text]).toEqual(['1.25', '1.00', '1.55']);
    const svg = await page.getByTestId('forest').innerHTML();
    for (const [study] of PF_6M) expect(svg).toContain(study.replace(/&/g, '&amp;'));
    await expect(page.getByTestId('leave1out').locator('tbody tr').count()).resolves.toBe(5);
    await expect(page.getByTestId('bias').textContent()).resolves.toContain('Egger');
    await shot('1-analysis-en');
  });

  test('editing one study’s events redraws the plot and the estimate changes to the right value', async () => {
    const before = await page.getByTestId('forest').innerHTML();
    const edited = PF_6M.map((r) => [...r]);
    edited[2][1] = '70'; // Panes 2016: 70/103 healed instead of 53/103
    await page.getByTestId('cell-2-ai').fill('70');
    const expected = pooled(edited);
    await expect.poll(async () => (await shownPooled()).est.value).toBeCloseTo(expected.est!, 12);
    const shown = await shownPooled();
    expect(shown.lb.value).toBeCloseTo(expected.ci_lb!, 12);
    expect(shown.ub.value).toBeCloseTo(expected.ci_ub!, 12);
    expect(shown.est.text).toBe(expected.est!.toFixed(2));
    expect(shown.est.text).not.toBe('1.25');
    const after = await page.getByTestId('forest').innerHTML();
    expect(after).not.toBe(before);
    expect(after).toContain('>70<');
    await shot('2-analysis-edited');
  });

  test('a cell that is not a number is reported by row and column, and the plot comes back once fixed', async () => {
    await page.getByTestId('cell-3-ci').fill('9x');
    await expect(page.getByTestId('analysis-error').textContent()).resolves.toMatch(/Study row 4, column "ci": '9x' is not a number/);
    await page.getByTestId('cell-3-ci').fill('9');
    await page.getByTestId('forest').locator('svg').waitFor();
  });

  test('switching to Chinese translates the interface', async () => {
    await page.getByTestId('lang').selectOption('zh');
    await expect(page.getByTestId('nav-analysis').textContent()).resolves.toBe('分析');
    await expect(page.getByTestId('pooled').locator('h3').textContent()).resolves.toBe('合并结果');
    await expect(page.getByTestId('forest').innerHTML()).resolves.toContain('试验组');
    await shot('3-analysis-zh');
  });

  test('Download PNG saves a PNG file of the forest plot', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
    const file = join(work, 'forest.png');
    await download.saveAs(file);
    const png = await readFile(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBeGreaterThan(500); // IHDR width: the plot at 2×
    if (process.env.METASIFT_SCREENSHOTS) await download.saveAs(join(shots, '4-forest-download.png'));
  }, 20_000);

  test('the PRISMA page draws the flow diagram and redraws it as a count changes', async () => {
    await page.getByTestId('nav-prisma').click();
    const diagram = page.getByTestId('prisma-diagram');
    await diagram.locator('svg').waitFor();
    await expect(diagram.innerHTML()).resolves.toContain('(n = 7,938)');
    await page.getByTestId('prisma-included.studies').fill('41');
    await expect.poll(() => diagram.innerHTML()).toContain('(n = 41)');
    await shot('5-prisma-zh');
    // without the server (a plain static host) the screening page says so instead of failing
    await page.getByTestId('nav-screening').click();
    await expect.poll(() => page.getByTestId('no-server').isVisible()).toBe(true); // after the session request fails
    await page.getByTestId('nav-extraction').click();
    await expect.poll(() => page.getByTestId('no-server').isVisible()).toBe(true); // after the session request fails
  });
});
