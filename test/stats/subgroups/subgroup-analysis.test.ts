import { describe, expect, it } from 'vitest';
import { subgroupAnalysis } from '../../../src/stats/subgroups/subgroup-analysis.js';
import { subgroupDifference } from '../../../src/stats/subgroups/subgroup-difference.js';
import { loadFixtures, numbers, scalar } from '../../helpers/fixtures.js';
import { expectClose } from '../../helpers/tolerance.js';

type Level = { level: string; k?: number; b: number; se: number; ci_lb: number; ci_ub: number; tau2?: number };
interface SubCase {
  id: string; method: 'REML' | 'DL'; yi: unknown; vi: unknown; groups: string[];
  separate: Level[]; common: Level[]; common_tau2: number; QM: number; QMp: number; QM_df: number;
  diff: { Q: number; df: number; p: number; I2: number };
}

const fx = loadFixtures().find((f) => f.file === 'regression.dat.bcg.json')!;

describe('subgroupAnalysis on dat.bcg by allocation (metafor 3.8)', () => {
  for (const c of fx.subgroups as SubCase[]) {
    it(`subgroupAnalysis(yi, vi, alloc, {method: '${c.method}'}) matches separate fits and RevMan's difference test (${c.id})`, () => {
      const r = subgroupAnalysis(numbers(c.yi), numbers(c.vi), c.groups, { method: c.method });
      expect(r.levels.map((l) => l.level)).toEqual(c.separate.map((l) => l.level));
      r.levels.forEach((l, j) => {
        const e = c.separate[j];
        expect(l.k).toBe(e.k);
        for (const key of ['b', 'se', 'ci_lb', 'ci_ub'] as const) expectClose(l[key], scalar(e[key]), 1e-6, `${c.id} ${l.level} ${key}`);
        expectClose(l.result!.tau2, scalar(e.tau2), 1e-6, `${c.id} ${l.level} tau2`);
      });
      const d = r.test_subgroup_diff;
      expectClose(d.Q, scalar(c.diff.Q), 1e-6, 'Q');
      expect(d.df).toBe(c.diff.df);
      expectClose(d.p, scalar(c.diff.p), 1e-6, 'p');
      expectClose(d.I2, scalar(c.diff.I2), 1e-6, 'I2');
      expectClose(r.QM, scalar(c.QM), 1e-6, 'QM');
      expectClose(r.QMp, scalar(c.QMp), 1e-6, 'QMp');
      expect(r.QM_df).toBe(c.QM_df);
    });
    it(`subgroupAnalysis(..., {tau2Sharing: 'common'}) gives metafor's cell means with one tau² (${c.id})`, () => {
      const r = subgroupAnalysis(numbers(c.yi), numbers(c.vi), c.groups, { method: c.method, tau2Sharing: 'common' });
      r.levels.forEach((l, j) => {
        for (const key of ['b', 'se', 'ci_lb', 'ci_ub'] as const) expectClose(l[key], scalar(c.common[j][key]), 1e-6, `${l.level} ${key}`);
      });
      expectClose(r.mixedModel.tau2, scalar(c.common_tau2), 1e-6, 'common tau2');
    });
  }
});

describe('subgroupDifference, hand-worked (Deeks & Higgins 2010, RevMan 5 test for subgroup differences)', () => {
  it('subgroupDifference([0.2, 0.8], [0.1, 0.2]) is the inverse-variance Q across the two summaries', () => {
    // w = 100 and 25; pooled = (20 + 20)/125 = 0.32; Q = 100·0.12² + 25·0.48² = 1.44 + 5.76 = 7.2
    const d = subgroupDifference([0.2, 0.8], [0.1, 0.2]);
    expectClose(d.Q, 7.2, 1e-12, 'Q');
    expect(d.df).toBe(1);
    expectClose(d.I2, (100 * (7.2 - 1)) / 7.2, 1e-12, 'I2');
    expectClose(d.p, 0.0072903580915356352, 1e-12, 'p'); // R: pchisq(7.2, 1, lower.tail = FALSE)
  });
  it('subgroupDifference with a single estimable subgroup has no test', () => {
    const d = subgroupDifference([0.2, NaN], [0.1, NaN]);
    expect(Number.isNaN(d.Q)).toBe(true);
    expect(d.df).toBe(0);
  });
  it('subgroupDifference gives I² = 0 when Q is below its df', () => {
    const d = subgroupDifference([0.2, 0.21, 0.19], [0.1, 0.1, 0.1]);
    expect(d.I2).toBe(0);
  });
});
