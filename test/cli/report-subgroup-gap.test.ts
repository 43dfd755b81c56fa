// A saved analysis with subgroups by a characteristic that some studies lack (nobody entered
// it, or the extractors disagree unreconciled): `metasift analyze --project` and `metasift
// report` pool that outcome over all its studies without subgroups and say why, naming the
// studies and how many; the report is made as usual.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { projectTable } from '../../src/analysis/project-table.js';
import { enterStudies, projectCli } from './project-cli.js';

const { dir, p, cli, readStore } = projectCli('metasift-report-subgroup-gap-', 'review.metasift');

const TRIALS = [
  ['Li 2021', 3.1, 40, 7.0, 40, 'umbilical_cord'],
  ['Shi 2012', 2.5, 30, 6.2, 30, 'bone_marrow'],
  ['Xu 2019', 4.0, 25, 5.1, 26, undefined],
  ['Zhou 2020', 3.3, 20, 6.8, 21, 'bone_marrow'],
] as const;

beforeAll(() => {
  expect(cli('init', p, '--reviewer', 'ann', '--reviewer', 'bo').code).toBe(0);
  const outcome = { name: 'sledai', type: 'continuous', unit: 'points', lowerIsBetter: true, timepoint: '6 months' } as const;
  enterStudies(
    p,
    outcome,
    ['ann', 'bo'],
    TRIALS.map(([label, m1, n1, m2, n2, source]) => ({
      label,
      msc: { type: 'mean_sd', mean: m1, sd: 1.2, n: n1 },
      control: { type: 'mean_sd', mean: m2, sd: 1.5, n: n2 },
      // Xu 2019: no characteristics entered; Zhou 2020: the extractors disagree on the source
      characteristics: (who) => (source === undefined ? undefined : { msc_source: label === 'Zhou 2020' && who === 'bo' ? 'adipose' : source }),
    })),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WARNING =
  'Subgroups by MSC source are not shown: 2 of 4 studies have no MSC source (not entered for Xu 2019; the extractors disagree on it and nobody has reconciled it for Zhou 2020). The result pools all 4 studies without subgroups.';

describe('subgroups by a characteristic some studies lack', () => {
  it('analyze --save saves the analysis and pools all the studies without subgroups, saying why', () => {
    const r = cli('analyze', '--project', p, '--outcome', 'sledai', '--subgroup', 'msc_source', '--save', '--by', 'ann', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readStore((s) => ((s.setting('analysis.outcome.sledai') as { options: { subgroup?: string } }).options.subgroup === 'msc_source' ? 1 : 0))).toBe(1);
    const got = JSON.parse(r.out);
    expect(got.k).toBe(4);
    expect(got.subgroups).toBeUndefined();
    expect(got.warnings).toContain(WARNING);
  });

  it('the report is made: the outcome pooled over all its studies (as analyzeTable without subgroups), with the warning', () => {
    const out = join(dir, 'report');
    const r = cli('report', p, '--out', out, '--no-png');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { outcomes: { outcome: string; result: { k: number; b: number; subgroups?: unknown } }[] };
    const table = readStore((s) => projectTable(s, 'sledai') as never) as unknown as ReturnType<typeof projectTable>;
    const expected = analyzeTable(table, { measure: 'MD', method: 'REML', test: 'knha' });
    expect(results.outcomes[0].result.k).toBe(4);
    expect(results.outcomes[0].result.b).toBeCloseTo(expected.b!, 12);
    expect(results.outcomes[0].result.subgroups).toBeUndefined();
    expect(html).toContain(WARNING);
    expect(html).toContain('subgroups by MSC source.');
    expect(html).not.toContain('Test for subgroup differences');
    expect(html).toContain('<figure id="fig-forest-sledai">');
  });
});
