import { describe, expect, it } from 'vitest';
import { fitRmaUni } from '../../../src/stats/models/rma-uni.js';
import { baujat } from '../../../src/stats/sensitivity/index.js';
import { numbers } from '../../helpers/fixtures.js';
import { compare, designOf, loadSensitivityFixtures } from './sensitivity-fixtures.js';

for (const fx of loadSensitivityFixtures()) {
  const cases = fx.cases('baujat');
  if (cases.length === 0) continue;
  describe(`baujat(yi, vi, X) on ${fx.dataset} (metafor ${fx.metafor})`, () => {
    for (const c of cases) {
      it(`baujat(yi, vi, X, {method: '${c.method}', test: '${c.test}'}) matches ${c.id}`, () => {
        const { X, names } = designOf(fx, c);
        const res = baujat(fx.data.yi, fx.data.vi, X, { method: c.method, test: c.test }, names);
        const present = fx.data.yi.flatMap((y, i) => (Number.isNaN(y) ? [] : [i]));
        expect(res.map((r) => r.row)).toEqual(present);
        const [x, y] = [numbers(c.result.x), numbers(c.result.y)];
        res.forEach((r, i) => {
          compare(r.x, x[i], 'x', `${c.id} x[${i}]`);
          compare(r.y, y[i], 'y', `${c.id} y[${i}]`);
        });
      });
    }
  });
}

describe('baujat(yi, vi) edge cases', () => {
  it('baujat(yi, vi, X, {method: "FE"}) has x summing to QE', () => {
    const yi = [0.1, 0.3, -0.2, 0.5];
    const vi = [0.01, 0.02, 0.03, 0.04];
    const res = baujat(yi, vi, undefined, { method: 'FE' });
    const QE = fitRmaUni(yi, vi, undefined, { method: 'FE' }).QE;
    expect(res.reduce((s, r) => s + r.x, 0)).toBeCloseTo(QE, 12);
  });
});
