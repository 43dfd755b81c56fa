/**
 * The Analysis page's glue with the project's report, without a browser: an outcome
 * starts from what GET /api/outcomes/:name/analysis-options answers (the saved analysis,
 * else the report's own defaults), so with nothing saved the page pools a continuous
 * outcome as the report does (REML, Knapp–Hartung, prediction interval); who may save;
 * and the Deduplication page's "took in groups 3 and 4" in both languages.
 */
import { describe, expect, test } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { analyzeOptions, defaultOutcomeAnalysis } from '../../src/analysis/outcome-analysis.js';
import type { ProjectTable } from '../../src/analysis/project-table.js';
import { fixed } from '../../src/plot/svg/format.js';
import type { SqliteStore } from '../../src/store/index.js';
import { studyTableOf } from '../../web/src/analysis/handoff.js';
import { asSaved, choicesOf, reportOptions, sameOptions } from '../../web/src/analysis/report-options.js';
import { runAnalysis } from '../../web/src/analysis/run-analysis.js';
import { resolverByRole } from '../../web/src/api/resolver.js';
import type { OutcomeAnalysisView } from '../../web/src/common/report-settings-api.js';
import { joinedText } from '../../web/src/dedupe/joined-text.js';
import { translator } from '../../web/src/i18n/translate.js';
import { Client, localApp, project } from '../server/client.js';

const LABELS = { favoursExp: 'Favours experimental', favoursCtl: 'Favours control', exp: 'Experimental', ctl: 'Control' };
const OPTIONS = '/api/outcomes/pain/analysis-options';

/** A continuous outcome, 'pain' (lower is better), with four studies' means and SDs. */
function painProject(): SqliteStore {
  const s = project(0);
  s.addReviewer({ id: 'me', name: 'Me', canResolve: true });
  s.extraction.defineOutcome({ name: 'pain', type: 'continuous', unit: 'VAS', lowerIsBetter: true, timepoint: '6 months' }, { by: 'me' });
  const studies = [
    ['Li 2021', 3.1, 1.2, 40, 4.6, 1.5, 40],
    ['Shi 2012', 2.8, 1.4, 30, 3.2, 1.3, 30],
    ['Xu 2019', 3.9, 1.1, 25, 5.8, 1.6, 26],
    ['Zhou 2020', 4.0, 1.8, 50, 4.3, 1.7, 48],
  ] as const;
  for (const [label, m1, sd1, n1, m2, sd2, n2] of studies) {
    const { id } = s.extraction.addStudy({ label, by: 'me' });
    s.extraction.enterArm(id, 'pain', 'MSC', { group: 'msc', value: { type: 'mean_sd', mean: m1, sd: sd1, n: n1 } }, { extractor: 'me' });
    s.extraction.enterArm(id, 'pain', 'Control', { group: 'control', value: { type: 'mean_sd', mean: m2, sd: sd2, n: n2 } }, { extractor: 'me' });
  }
  return s;
}

/** What the page does on choosing the outcome: its table and the analysis options from the server. */
async function pageStart(c: Client) {
  const view = (await c.get(OPTIONS)).body as OutcomeAnalysisView;
  const pt = (await c.get('/api/outcomes/pain/table')).body as ProjectTable;
  const table = studyTableOf(pt)!;
  const choices = choicesOf(reportOptions(view));
  return { view, pt, table, choices, run: runAnalysis(table, choices, LABELS) };
}

describe('the Analysis page starts an outcome as the report pools it', () => {
  test('nothing saved: the server\'s defaults (continuous: MD, REML, Knapp–Hartung, prediction interval), and the same numbers as the report', async () => {
    const store = painProject();
    const c = await new Client(localApp(store)).start();
    const { view, pt, choices, run } = await pageStart(c);
    expect(view.saved).toBeNull();
    const defaults = defaultOutcomeAnalysis(pt.outcome);
    expect(view.defaults).toEqual(defaults);
    expect(choices).toEqual({ measure: 'MD', method: 'REML', test: 'knha', level: 95, prediction: true, higherIsBetter: false });

    const report = analyzeTable(pt, analyzeOptions(defaults));
    expect(run.main.ok).toBe(true);
    if (!run.main.ok) return;
    const page = run.main.value;
    for (const k of ['est', 'ci_lb', 'ci_ub', 'pi_lb', 'pi_ub'] as const) expect(page.transf[k]).toBeCloseTo(report.transf[k]!, 12);
    expect(page.test).toBe('knha');
    expect(run.forestSvg).toContain('Prediction interval');
    // and the HTML report says these very numbers
    const html = (await c.get('/api/report.html')).text;
    expect(html).toContain(`${fixed(page.transf.est!, 2)} (95% CI ${fixed(page.transf.ci_lb!, 2)} to ${fixed(page.transf.ci_ub!, 2)})`);
    // shown unchanged, the page's options are the report's
    expect(sameOptions(asSaved(choices, ''), defaults)).toBe(true);
  });

  test('a saved analysis is applied the same way, whatever the page showed before', async () => {
    const store = painProject();
    const c = await new Client(localApp(store)).start();
    const options = { measure: 'SMD', method: 'DL', test: 'z', level: 90, prediction: false, subgroup: null, higherIsBetter: false } as const;
    expect((await c.request('PUT', OPTIONS, options)).status).toBe(200);
    const { view, choices, run } = await pageStart(c);
    expect(view.saved?.options).toMatchObject({ measure: 'SMD', method: 'DL', level: 90 });
    expect(choices).toEqual({ measure: 'SMD', method: 'DL', test: 'z', level: 90, prediction: false, higherIsBetter: false });
    expect(sameOptions(asSaved(choices, ''), view.saved!.options)).toBe(true);
    expect(sameOptions(asSaved({ ...choices, method: 'REML' }, ''), view.saved!.options)).toBe(false);
    expect(run.main.ok && run.main.value.level).toBe(90);
  });
});

describe('who is offered saving', () => {
  test('owners save, viewers do not, reviewers are asked of the server', () => {
    expect(resolverByRole('owner')).toBe('yes');
    expect(resolverByRole('viewer')).toBe('no');
    expect(resolverByRole('reviewer')).toBe('unknown');
    expect(resolverByRole(undefined)).toBe('no');
  });
});

describe('joinedText: the groups a merge took in', () => {
  test('reads well for one group or several, in English and Chinese', () => {
    const en = translator('en');
    const zh = translator('zh');
    expect(joinedText(en, 'en', [3])).toBe('took in group 3');
    expect(joinedText(en, 'en', [3, 4])).toBe('took in groups 3 and 4');
    expect(joinedText(en, 'en', [3, 4, 7])).toBe('took in groups 3, 4 and 7');
    expect(joinedText(zh, 'zh', [3])).toBe('合并了第 3 组');
    expect(joinedText(zh, 'zh', [3, 4])).toBe('合并了第 3、4 组');
  });
});
