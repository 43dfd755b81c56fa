import { describe, expect, it } from 'vitest';
import { cumul, sortOrder } from '../../../src/stats/sensitivity/index.js';
import { numbers } from '../../helpers/fixtures.js';
import { comparePooledRows, loadSensitivityFixtures } from './sensitivity-fixtures.js';


for (const fx of loadSensitivityFixtures()) {
  const cases = fx.cases('cumul');
  if (cases.length === 0) continue;
  describe(`cumul(yi, vi) on ${fx.dataset} (metafor ${fx.metafor})`, () => {
    for (const c of cases) {
      it(`cumul(yi, vi, {method: '${c.method}', test: '${c.test}'}, order) matches ${c.id}`, () => {
        const order = numbers(c.order);
        if (c.id.endsWith('-by-year')) expect(sortOrder(fx.data.year)).toEqual(order);
        const res = cumul(fx.data.yi, fx.data.vi, { method: c.method, test: c.test }, order);
        expect(res.rows.map((r) => r.row)).toEqual(order);
        comparePooledRows(res.rows, c.result, c.id);
      });
    }
  });
}

describe('cumul(yi, vi) edge cases', () => {
  it('cumul(yi, vi) adds studies in input order by default and ends at the full fit', () => {
    const res = cumul([0.1, 0.3, -0.2], [0.01, 0.02, 0.03], { method: 'FE' });
    expect(res.order).toEqual([0, 1, 2]);
    expect(res.rows[0].b).toBeCloseTo(0.1, 14);
    const w = [100, 50, 100 / 3];
    expect(res.rows[2].b).toBeCloseTo((0.1 * w[0] + 0.3 * w[1] - 0.2 * w[2]) / (w[0] + w[1] + w[2]), 14);
  });

  it('cumul(yi, vi) skips studies with a missing outcome', () => {
    const res = cumul([0.1, NaN, -0.2], [0.01, 0.02, 0.03], { method: 'DL' }, [2, 1, 0]);
    expect(res.rows.map((r) => r.row)).toEqual([2, 0]);
    expect(res.order).toEqual([2, 0]);
  });

  it('cumul(yi, vi, options, order) rejects an order that is not a permutation', () => {
    expect(() => cumul([0.1, 0.2], [0.01, 0.02], {}, [0, 0])).toThrow(/order/);
    expect(() => cumul([0.1, 0.2], [0.01, 0.02], {}, [0])).toThrow(/order/);
  });

  it('sortOrder(values) is stable, puts NaN last, and can sort decreasing', () => {
    expect(sortOrder([3, 1, NaN, 1, 2])).toEqual([1, 3, 4, 0, 2]);
    expect(sortOrder([3, 1, NaN, 1, 2], true)).toEqual([0, 4, 1, 3, 2]);
  });
});
