// One rule for a saved analysis, however it is saved: `metasift analyze --project F --outcome N
// --save` and PUT /api/outcomes/:name/analysis-options given the same fields store the same
// options, the fields not given taking the outcome's defaults (checkOutcomeAnalysis).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/index.js';
import { Client, localApp } from '../server/client.js';
import { projectCli } from './project-cli.js';

const { dir, p, cli, readStore } = projectCli('metasift-saved-analysis-api-', 'review.metasift');

beforeAll(() => {
  expect(cli('init', p, '--reviewer', 'ann').code).toBe(0);
  const s = SqliteStore.open(p);
  try {
    s.extraction.defineOutcome({ name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'ann' });
    s.extraction.defineOutcome({ name: 'sledai', type: 'continuous', unit: 'points', lowerIsBetter: true, timepoint: '6 months' }, { by: 'ann' });
    const x = s.extraction;
    for (const [label, a, n1, c, n2, source, m1, m2] of [['Li 2021', 4, 40, 11, 40, 'umbilical_cord', 3.1, 7.0], ['Shi 2012', 6, 30, 12, 30, 'bone_marrow', 2.5, 6.2], ['Xu 2019', 3, 25, 8, 26, 'umbilical_cord', 4.0, 5.1]] as const) {
      const { id } = x.addStudy({ label, by: 'ann' });
      x.enterArm(id, 'death', 'MSC', { group: 'msc', value: { type: 'events', events: a, n: n1 } }, { extractor: 'ann' });
      x.enterArm(id, 'death', 'Control', { group: 'control', value: { type: 'events', events: c, n: n2 } }, { extractor: 'ann' });
      x.enterArm(id, 'sledai', 'MSC', { group: 'msc', value: { type: 'mean_sd', mean: m1, sd: 1.2, n: n1 } }, { extractor: 'ann' });
      x.enterArm(id, 'sledai', 'Control', { group: 'control', value: { type: 'mean_sd', mean: m2, sd: 1.5, n: n2 } }, { extractor: 'ann' });
      x.enterCharacteristics(id, { msc_source: source }, { extractor: 'ann' });
    }
  } finally {
    s.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stored = (outcome: string) => readStore((s) => s.setting(`analysis.outcome.${outcome}`) as never) as unknown as { options: Record<string, unknown> };

async function viaApi(outcome: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const s = SqliteStore.open(p);
  try {
    const c = await new Client(localApp(s)).start();
    const r = await c.request('PUT', `/api/outcomes/${outcome}/analysis-options`, body);
    expect(r.status).toBe(200);
    return r.body.saved.options;
  } finally {
    s.close();
  }
}

describe('a saved analysis: CLI and API', () => {
  const cases: [string, string[], Record<string, unknown>][] = [
    ['sledai', ['--method', 'REML'], { method: 'REML' }],
    ['sledai', ['--method', 'DL', '--measure', 'SMD'], { method: 'DL', measure: 'SMD' }],
    ['sledai', ['--method', 'EE'], { method: 'EE' }],
    ['death', ['--method', 'REML'], { method: 'REML' }],
    ['death', ['--measure', 'OR', '--level', '90'], { measure: 'OR', level: 90 }],
    ['death', ['--method', 'DL', '--test', 'knha', '--subgroup', 'msc_source'], { method: 'DL', test: 'knha', subgroup: 'msc_source' }],
  ];
  it.each(cases)('%s %j stores the same options both ways', async (outcome, flags, body) => {
    const r = cli('analyze', '--project', p, '--outcome', outcome, ...flags, '--save', '--by', 'ann', '--json');
    expect(r.err).toBe('');
    const fromCli = stored(outcome).options;
    const fromApi = await viaApi(outcome, body);
    expect(fromApi).toEqual(fromCli);
    expect(stored(outcome).options).toEqual(fromCli);
  });

  it('--method REML alone for means saves the Knapp–Hartung test, the outcome\'s default', () => {
    expect(cli('analyze', '--project', p, '--outcome', 'sledai', '--method', 'REML', '--save', '--by', 'ann', '--json').err).toBe('');
    expect(stored('sledai').options).toEqual({ measure: 'MD', method: 'REML', test: 'knha', level: 95, prediction: true, higherIsBetter: false });
  });
});
