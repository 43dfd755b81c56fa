import { describe, expect, it } from 'vitest';
import { metaRegression } from '../../../src/stats/regression/meta-regression.js';
import { predictAt } from '../../../src/stats/regression/predict.js';
import { permutationTest } from '../../../src/stats/regression/permutation-test.js';
import { designMatrix, type Moderator } from '../../../src/stats/regression/design-matrix.js';
import type { TestType, UniMethod } from '../../../src/stats/models/types.js';
import { loadFixtures, numbers, scalar } from '../../helpers/fixtures.js';
import { expectClose } from '../../helpers/tolerance.js';

interface ModSpec { name: string; values: unknown }
interface RegCase {
  id: string; method: UniMethod; test: TestType; yi: unknown; vi: unknown; moderators: ModSpec[] | Record<string, never>;
  result: Record<string, unknown> & { coef: Record<string, unknown>[] };
}

const toModerators = (mods: ModSpec[] | Record<string, never>): Moderator[] =>
  (Array.isArray(mods) ? mods : []).map((m) => {
    const raw = Array.isArray(m.values) ? m.values : [m.values];
    return { name: m.name, values: raw.map((v) => (typeof v === 'string' ? v : Number(v))) };
  });

const fixtures = loadFixtures().filter((f) => f.file.startsWith('regression.'));

for (const fx of fixtures) {
  describe(`metaRegression on ${fx.dataset} (metafor ${fx.meta.metafor})`, () => {
    for (const c of (fx.metareg ?? []) as RegCase[]) {
      it(`metaRegression(yi, vi, mods, {method: '${c.method}', test: '${c.test}'}) matches ${c.id}`, () => {
        const r = metaRegression(numbers(c.yi), numbers(c.vi), toModerators(c.moderators), { method: c.method, test: c.test });
        const e = c.result;
        expect(r.k).toBe(scalar(e.k));
        expect(r.p).toBe(scalar(e.p));
        expect(r.QM_df).toBe(scalar(e.QM_df));
        e.coef.forEach((ce, j) => {
          for (const key of ['estimate', 'se', 'zval', 'pval', 'ci_lb', 'ci_ub'] as const) {
            expectClose(r.coef[j][key], scalar(ce[key]), 1e-6, `${c.id} coef[${j}].${key}`);
          }
        });
        for (const key of ['QM', 'QMp', 'QE', 'QEp', 'tau2', 'se_tau2', 'I2', 'H2', 'R2'] as const) {
          expectClose(r[key], scalar(e[key]), 1e-6, `${c.id} ${key}`);
        }
      });
    }
    for (const c of (fx.predict ?? []) as (Record<string, unknown> & { id: string; test: TestType })[]) {
      it(`predictAt(fit, [1, ablat]) matches metafor's predict for ${c.id}`, () => {
        const reg = metaRegression(
          numbers((fx.metareg as RegCase[])[0].yi),
          numbers((fx.metareg as RegCase[])[0].vi),
          toModerators((fx.metareg as RegCase[])[0].moderators),
          { method: 'REML', test: c.test },
        );
        numbers(c.x).forEach((x, i) => {
          const p = predictAt(reg.fit, [1, x]);
          for (const key of ['pred', 'se', 'ci_lb', 'ci_ub', 'pi_lb', 'pi_ub'] as const) {
            expectClose(p[key], numbers(c[key])[i], 1e-6, `${c.id} x=${x} ${key}`);
          }
        });
      });
    }
    for (const c of (fx.permutest ?? []) as (Record<string, unknown> & RegCase & { pval: unknown; QMp: unknown; failed?: unknown })[]) {
      it(`permutationTest(...) enumerates every permutation and matches metafor's exact permutest for ${c.id}`, () => {
        const mods = toModerators(c.moderators);
        const X = mods.length === 0 ? undefined : designMatrix(mods, numbers(c.yi).length).columns;
        const r = permutationTest(numbers(c.yi), numbers(c.vi), X, { method: c.method, test: c.test }, { iterations: 1e6 });
        expect(r.exact).toBe(true);
        if (c.iterations !== undefined) expect(r.iterations).toBe(scalar(c.iterations));
        const mfFailed = c.failed === undefined ? 0 : scalar(c.failed);
        if (mfFailed === r.failed) {
          numbers(c.pval).forEach((p, j) => expectClose(r.pval[j], p, 1e-9, `${c.id} pval[${j}]`));
          expectClose(r.QMp, scalar(c.QMp), 1e-9, `${c.id} QMp`);
        } else {
          // metafor's Fisher scoring cycles on some permutations and leaves them out; metasift's
          // (with Aitken acceleration) converges on them. The counts of permutations at least as
          // extreme must then agree on the common ones: ours exceed metafor's by at most the extra fits.
          const n = r.iterations;
          const extra = mfFailed - r.failed;
          expect(extra).toBeGreaterThan(0);
          const counts = (p: number, valid: number) => Math.round(p * valid);
          [...numbers(c.pval), scalar(c.QMp)].forEach((p, j) => {
            const ours = counts(j < r.pval.length ? r.pval[j] : r.QMp, n - r.failed);
            const theirs = counts(p, n - mfFailed);
            expect(ours - theirs).toBeGreaterThanOrEqual(0);
            expect(ours - theirs).toBeLessThanOrEqual(extra);
          });
        }
      }, 60_000);
    }
  });
}

describe('permutationTest with random permutations', () => {
  const fx = fixtures.find((f) => f.dataset === 'dat.bcg')!;
  const c = (fx.metareg as RegCase[])[0];
  const yi = numbers(c.yi);
  const vi = numbers(c.vi);
  const X = designMatrix(toModerators(c.moderators), yi.length).columns;

  it('permutationTest(..., {iterations: 500, seed}) is reproducible for a given seed', () => {
    const a = permutationTest(yi, vi, X, { method: 'REML' }, { iterations: 500, seed: 42 });
    const b = permutationTest(yi, vi, X, { method: 'REML' }, { iterations: 500, seed: 42 });
    expect(a.exact).toBe(false);
    expect(a.iterations).toBe(500);
    expect(a.pval).toEqual(b.pval);
    expect(a.QMp).toBe(b.QMp);
  });

  it('permutationTest(...) on dat.bcg ~ ablat gives a p-value near the exact one (Monte Carlo error)', () => {
    // metafor's permutest on the full dat.bcg with ablat reports p ≈ 0.001–0.002 for the slope
    const r = permutationTest(yi, vi, X, { method: 'REML' }, { iterations: 2000, seed: 7 });
    expect(r.pval[1]).toBeLessThan(0.01);
    expect(r.QMp).toBe(r.pval[1]);
  });
});

describe('designMatrix', () => {
  it('designMatrix codes a factor with its first sorted level as reference, as model.matrix', () => {
    const d = designMatrix([{ name: 'alloc', values: ['random', 'alternate', 'systematic', 'random'] }], 4);
    expect(d.names).toEqual(['intrcpt', 'allocrandom', 'allocsystematic']);
    expect(Array.from(d.columns[1])).toEqual([1, 0, 0, 1]);
    expect(d.factors.alloc).toEqual(['alternate', 'random', 'systematic']);
  });
  it('designMatrix marks a row with a missing moderator as missing', () => {
    const d = designMatrix([{ name: 'dose', values: [1, NaN, 3] }, { name: 'src', values: ['a', 'b', ''] }], 3);
    expect(Number.isNaN(d.columns[1][1])).toBe(true);
    expect(Number.isNaN(d.columns[2][2])).toBe(true);
  });
});
