import { describe, expect, it } from 'vitest';
import { fitRmaUni } from '../../../src/stats/models/rma-uni.js';
import { hatvalues, influence, rstudent } from '../../../src/stats/sensitivity/index.js';
import { numbers } from '../../helpers/fixtures.js';
import { compare, designOf, loadSensitivityFixtures } from './sensitivity-fixtures.js';

const MEASURES = ['rstudent', 'dffits', 'cook_d', 'cov_r', 'tau2_del', 'QE_del', 'hat', 'weight'] as const;

for (const fx of loadSensitivityFixtures()) {
  const cases = fx.cases('influence');
  if (cases.length === 0) continue;
  describe(`influence(yi, vi, X) on ${fx.dataset} (metafor ${fx.metafor})`, () => {
    for (const c of cases) {
      const { X, names } = designOf(fx, c);
      const options = { method: c.method, test: c.test };
      const exp = c.result;

      it(`influence(yi, vi, X, {method: '${c.method}', test: '${c.test}'}) matches ${c.id}`, () => {
        const res = influence(fx.data.yi, fx.data.vi, X, options, names);
        const present = fx.data.yi.flatMap((y, i) => (Number.isNaN(y) ? [] : [i]));
        expect(res.rows.map((r) => r.row)).toEqual(present);
        expect(res.m).toBe(res.p);
        for (const key of MEASURES) {
          const want = numbers(exp[key]);
          expect(want.length).toBe(res.rows.length);
          res.rows.forEach((r, i) => compare(r[key], want[i], key, `${c.id} ${key}[${i}]`));
        }
        const dfbs = exp.dfbs as Record<string, unknown>;
        Object.values(dfbs).forEach((col, j) => {
          const want = numbers(col);
          res.rows.forEach((r, i) => compare(r.dfbs[j], want[i], 'dfbs', `${c.id} dfbs[${i}][${j}]`));
        });
        const flags = (Array.isArray(exp.inf) ? exp.inf : [exp.inf]) as boolean[];
        expect(res.rows.map((r) => r.inf)).toEqual(flags);
        // cooks.distance(res) is influence()'s cook.d
        numbers(exp.cooks_distance).forEach((d, i) => compare(res.rows[i].cook_d, d, 'cook_d', `${c.id} cooks.distance[${i}]`));
      });

      it(`rstudent(yi, vi, X, {method: '${c.method}', test: '${c.test}'}) matches ${c.id}`, () => {
        const res = rstudent(fx.data.yi, fx.data.vi, X, options, names);
        const [resid, se] = [numbers(exp.resid), numbers(exp.se)];
        res.forEach((r, i) => {
          compare(r.resid, resid[i], 'resid', `${c.id} resid[${i}]`);
          compare(r.se, se[i], 'se', `${c.id} se[${i}]`);
        });
      });

      it(`hatvalues(fit) matches ${c.id}`, () => {
        const fit = fitRmaUni(fx.data.yi, fx.data.vi, X, options, names);
        const want = numbers(exp.hatvalues);
        hatvalues(fit).forEach((h, i) => compare(h, want[i], 'hat', `${c.id} hatvalues[${i}]`));
      });
    }
  });
}

describe('influence(yi, vi) edge cases', () => {
  const yi = [0.1, 0.3, -0.2, 0.5];
  const vi = [0.01, 0.02, 0.03, 0.04];

  it('influence(yi, vi) throws for a single study', () => {
    expect(() => influence([0.1], [0.01])).toThrow(/k = 1/);
  });

  it('influence(yi, vi, X, {method: "GENQ"}) is refused: user weights are not supported', () => {
    expect(() => influence(yi, vi, undefined, { method: 'GENQ', weights: [1, 1, 1, 1] })).toThrow(/weights/);
  });

  it('influence(yi, vi) reports NaN for a deletion that leaves a moderator inestimable', () => {
    // without study 3 the moderator is constant (0), so the slope cannot be estimated
    const X = [[1, 1, 1, 1], [0, 0, 1, 0]];
    const res = influence(yi, vi, X, { method: 'DL' });
    expect(Number.isNaN(res.rows[2].cook_d)).toBe(true);
    expect(Number.isNaN(res.rows[2].rstudent)).toBe(true);
    expect(res.rows[2].hat).toBeCloseTo(1, 12);
    // NaN measures flag nothing, and h = 1 is below 3p/k = 1.5
    expect(res.rows[2].inf).toBe(false);
  });

  it('hatvalues(fit) sum to the number of coefficients', () => {
    const fit = fitRmaUni(yi, vi, [[1, 1, 1, 1], [1, 2, 3, 5]]);
    expect(hatvalues(fit).reduce((a, b) => a + b, 0)).toBeCloseTo(2, 12);
  });
});
