import { describe, expect, it } from 'vitest';
import { leave1out } from '../../../src/stats/sensitivity/index.js';
import { comparePooledRows, loadSensitivityFixtures } from './sensitivity-fixtures.js';


for (const fx of loadSensitivityFixtures()) {
  const cases = fx.cases('leave1out');
  if (cases.length === 0) continue;
  describe(`leave1out(yi, vi) on ${fx.dataset} (metafor ${fx.metafor})`, () => {
    for (const c of cases) {
      it(`leave1out(yi, vi, {method: '${c.method}', test: '${c.test}'}) matches ${c.id}`, () => {
        const res = leave1out(fx.data.yi, fx.data.vi, { method: c.method, test: c.test });
        const present = fx.data.yi.flatMap((y, i) => (Number.isNaN(y) ? [] : [i]));
        expect(res.rows.map((r) => r.row)).toEqual(present);
        comparePooledRows(res.rows, c.result, c.id);
      });
    }
  });
}

describe('leave1out(yi, vi) edge cases', () => {
  it('leave1out(yi, vi) throws for a single study', () => {
    expect(() => leave1out([0.1], [0.01])).toThrow(/k = 1/);
  });

  it('leave1out(yi, vi) with two studies fits one study per row, with the z test', () => {
    const res = leave1out([0.1, 0.3], [0.01, 0.02], { test: 'knha' });
    expect(res.rows[0].b).toBeCloseTo(0.3, 14);
    expect(res.rows[1].b).toBeCloseTo(0.1, 14);
    // one study left: metafor (and metasift) fall back to the z test
    expect(res.rows[0].se).toBeCloseTo(Math.sqrt(0.02), 14);
    expect(res.rows[0].ci_ub - res.rows[0].b).toBeCloseTo(1.959963984540054 * Math.sqrt(0.02), 12);
    expect(res.rows[0].tau2).toBe(0);
  });

  it('leave1out(yi, vi, {method: "FE"}) reports tau2 = 0 in every row', () => {
    const res = leave1out([0.1, 0.3, -0.2], [0.01, 0.02, 0.03], { method: 'FE' });
    expect(res.rows.every((r) => r.tau2 === 0)).toBe(true);
  });
});
