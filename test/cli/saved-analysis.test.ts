// The project's analysis of an outcome: `metasift analyze --project F --outcome N ... --save`
// stores it, a later `analyze` without model options reuses it, and `metasift report F`
// pools that outcome with it (the others with the defaults), saying who set it.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { projectTable } from '../../src/analysis/project-table.js';
import { SqliteStore } from '../../src/store/index.js';
import { projectCli } from './project-cli.js';

const { dir, p, cli, readStore } = projectCli('metasift-saved-analysis-', 'review.metasift');

const TRIALS = [
  ['Li 2021', 4, 40, 11, 40, 'umbilical_cord', 3.1, 1.2, 7.0, 1.5],
  ['Shi 2012', 6, 30, 12, 30, 'bone_marrow', 2.5, 1.1, 6.2, 1.4],
  ['Xu 2019', 3, 25, 8, 26, 'umbilical_cord', 4.0, 1.6, 5.1, 1.3],
  ['Zhou 2020', 9, 20, 10, 21, 'bone_marrow', 3.3, 1.0, 6.8, 1.9],
] as const;

beforeAll(() => {
  expect(cli('init', p, '--reviewer', 'ann', '--reviewer', 'bo').code).toBe(0);
  const s = SqliteStore.open(p);
  try {
    const x = s.extraction;
    x.defineOutcome({ name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'ann' });
    x.defineOutcome({ name: 'sledai', type: 'continuous', unit: 'points', lowerIsBetter: true, timepoint: '6 months' }, { by: 'ann' });
    for (const [label, a, n1, c, n2, source, m1, sd1, m2, sd2] of TRIALS) {
      const { id } = x.addStudy({ label, by: 'ann' });
      for (const who of ['ann', 'bo']) {
        x.enterArm(id, 'death', 'MSC', { group: 'msc', value: { type: 'events', events: a, n: n1 } }, { extractor: who });
        x.enterArm(id, 'death', 'Control', { group: 'control', value: { type: 'events', events: c, n: n2 } }, { extractor: who });
        x.enterArm(id, 'sledai', 'MSC', { group: 'msc', value: { type: 'mean_sd', mean: m1, sd: sd1, n: n1 } }, { extractor: who });
        x.enterArm(id, 'sledai', 'Control', { group: 'control', value: { type: 'mean_sd', mean: m2, sd: sd2, n: n2 } }, { extractor: who });
        x.enterCharacteristics(id, { msc_source: source }, { extractor: who });
      }
    }
  } finally {
    s.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (name: string) => {
  const out = join(dir, name);
  const r = cli('report', p, '--out', out, '--no-png');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return { html: readFileSync(join(out, 'index.html'), 'utf8'), results: JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { outcomes: { outcome: string; result: { transf: { est: number; ci_lb: number; ci_ub: number }; method: string; measure: string; tau2: number } }[] } };
};
const stored = () => {
  const s = SqliteStore.open(p);
  try {
    return { death: projectTable(s, 'death'), sledai: projectTable(s, 'sledai'), sledaiBySource: projectTable(s, 'sledai', { characteristics: ['msc_source'] }) };
  } finally {
    s.close();
  }
};

describe('the project analysis of an outcome', () => {
  it('without a saved analysis, the report pools with the defaults and says so', () => {
    const { html, results } = report('default');
    const t = stored();
    const death = analyzeTable(t.death, { measure: 'RR', method: 'MH' });
    const sledai = analyzeTable(t.sledai, { measure: 'MD', method: 'REML', test: 'knha' });
    expect(results.outcomes[0].result.transf.est).toBeCloseTo(death.transf.est!, 12);
    expect(results.outcomes[1].result.transf.est).toBeCloseTo(sledai.transf.est!, 12);
    expect(html).toContain('Analysis: RR, Mantel–Haenszel, fixed effect (the default; no analysis has been saved for this outcome).');
    expect(html).toContain('M-H, Fixed, 95% CI');
  });

  it('--save refuses a bad combination (MH with SMD), a measure the outcome cannot give, and a missing --by; nothing is saved', () => {
    const mh = cli('analyze', '--project', p, '--outcome', 'sledai', '--measure', 'SMD', '--method', 'MH', '--save', '--by', 'ann');
    expect(mh.code).not.toBe(0);
    expect(mh.err).toContain('Mantel–Haenszel method pools OR, RR or RD, not SMD');
    expect(mh.err).toContain('Nothing was saved');
    const wrong = cli('analyze', '--project', p, '--outcome', 'death', '--measure', 'MD', '--save', '--by', 'ann');
    expect(wrong.err).toContain('death is a binary outcome: its measure is one of RR, OR, RD, PETO');
    const knha = cli('analyze', '--project', p, '--outcome', 'death', '--method', 'MH', '--test', 'knha', '--save', '--by', 'ann');
    expect(knha.err).toContain('fixed-effect method with a z test only');
    const noBy = cli('analyze', '--project', p, '--outcome', 'death', '--method', 'DL', '--save');
    expect(noBy.err).toContain('--save needs --by ID');
    expect(readStore((s) => (s.setting('analysis.outcome.death') === undefined && s.setting('analysis.outcome.sledai') === undefined ? 1 : 0))).toBe(1);
  });

  it('--save stores the options; analyze without model options then uses them and says so', () => {
    const r = cli('analyze', '--project', p, '--outcome', 'sledai', '--measure', 'SMD', '--method', 'DL', '--subgroup', 'msc_source', '--prediction', '--save', '--by', 'ann');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Saved as the project's analysis of sledai \(by ann, \d{4}-\d\d-\d\d\): SMD, inverse variance, random effects \(DerSimonian–Laird τ²\), Knapp–Hartung test, prediction interval, subgroups by MSC source\.\n/);
    const saved = readStore((s) => s.setting('analysis.outcome.sledai') as never) as unknown as { options: Record<string, unknown>; by: string; at: string };
    // no --test: the outcome's default for means (Knapp–Hartung), as the API saves the same fields
    expect(saved.options).toEqual({ measure: 'SMD', method: 'DL', test: 'knha', level: 95, prediction: true, subgroup: 'msc_source', higherIsBetter: false });
    expect(saved.by).toBe('ann');
    const again = cli('analyze', '--project', p, '--outcome', 'sledai', '--json');
    const got = JSON.parse(again.out);
    const expected = analyzeTable(stored().sledaiBySource, { measure: 'SMD', method: 'DL', test: 'knha', subgroup: 'msc_source' });
    expect(got.measure).toBe('SMD');
    expect(got.method).toBe('DL');
    expect(got.b).toBeCloseTo(expected.b!, 12);
    expect(got.subgroups.levels).toHaveLength(2);
    expect(got.project_analysis.by).toBe('ann');
    const text = cli('analyze', '--project', p, '--outcome', 'sledai');
    expect(text.out).toMatch(/^Using the project's saved analysis of sledai \(set by ann on \d{4}-\d\d-\d\d\): SMD, /);
    // model options on the command line win over the saved ones
    const own = JSON.parse(cli('analyze', '--project', p, '--outcome', 'sledai', '--measure', 'MD', '--method', 'EE', '--json').out);
    expect(own.method).toBe('EE');
    expect(own.project_analysis).toBeUndefined();
  });

  it('the report pools the outcome with the saved options (equal to analyzeTable with them), the other with the defaults', () => {
    expect(cli('analyze', '--project', p, '--outcome', 'death', '--measure', 'OR', '--method', 'REML', '--test', 'knha', '--level', '90', '--save', '--by', 'bo').code).toBe(0);
    const { html, results } = report('saved');
    const t = stored();
    const death = analyzeTable(t.death, { measure: 'OR', method: 'REML', test: 'knha', level: 90 });
    const sledai = analyzeTable(t.sledaiBySource, { measure: 'SMD', method: 'DL', test: 'knha', subgroup: 'msc_source' });
    const [d, s] = results.outcomes;
    expect(d.result.measure).toBe('OR');
    expect(d.result.method).toBe('REML');
    for (const k of ['est', 'ci_lb', 'ci_ub'] as const) expect(d.result.transf[k]).toBeCloseTo(death.transf[k]!, 12);
    expect(s.result.measure).toBe('SMD');
    for (const k of ['est', 'ci_lb', 'ci_ub'] as const) expect(s.result.transf[k]).toBeCloseTo(sledai.transf[k]!, 12);
    expect(s.result.tau2).toBeCloseTo(sledai.tau2!, 12);
    expect(html).toMatch(/Analysis as set by bo on \d{4}-\d\d-\d\d: OR, inverse variance, random effects \(REML τ²\), Knapp–Hartung test, 90% CI\./);
    expect(html).toMatch(/Analysis as set by ann on \d{4}-\d\d-\d\d: SMD, inverse variance, random effects \(DerSimonian–Laird τ²\), Knapp–Hartung test, prediction interval, subgroups by MSC source\./);
    expect(html).toContain('IV, Random (REML), 90% CI');
    expect(html).toContain('IV, Random, 95% CI');
    expect(html).toContain('Test for subgroup differences');
  });
});
