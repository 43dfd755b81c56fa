import { describe, expect, it } from 'vitest';
import { pKendall, ranktest } from '../../../src/stats/bias/index.js';
import { biasFixtures, cases, close, numbers } from './bias-fixtures.js';

interface RanktestCase {
  id: string;
  yi: unknown;
  vi: unknown;
  exact: boolean;
  tau: unknown;
  pval: unknown;
}

for (const fx of biasFixtures()) {
  describe(`ranktest(yi, vi) on ${fx.dataset} (metafor ${fx.metafor})`, () => {
    for (const c of cases<RanktestCase>(fx, 'ranktest')) {
      it(`ranktest(yi, vi, {exact: ${c.exact}}) matches ${c.id}`, () => {
        const res = ranktest(numbers(c.yi), numbers(c.vi), { exact: c.exact });
        close(res.tau, c.tau, `${c.id} tau`);
        close(res.pval, c.pval, `${c.id} pval`);
      });
    }
  });
}

describe('pKendall(q, n)', () => {
  it('pKendall(q, 4) sums the Mahonian numbers 1, 3, 5, 6, 5, 3, 1 over 4!', () => {
    const cum = [1, 4, 9, 15, 20, 23, 24];
    cum.forEach((c, q) => expect(pKendall(q, 4)).toBeCloseTo(c / 24, 15));
  });
  it('pKendall(q, n) is 0 below the support and 1 above it', () => {
    expect(pKendall(-1, 5)).toBe(0);
    expect(pKendall(11, 5)).toBe(1);
  });
});

describe('ranktest(yi, vi) edge cases', () => {
  it('ranktest(yi, vi) leaves out studies with a missing value', () => {
    const r = ranktest([0.1, NaN, 0.3, 0.5, 0.2], [0.01, 0.02, 0.03, 0.05, 0.04]);
    expect(r.k).toBe(4);
  });
  it('ranktest(yi, vi) with one study names the problem', () => {
    expect(() => ranktest([0.1], [0.01])).toThrow(/at least 2/);
  });
  it('ranktest(yi, vi) with identical variances gives NaN, as cor.test does', () => {
    const r = ranktest([0.1, 0.2, 0.4], [0.02, 0.02, 0.02]);
    expect(Number.isNaN(r.tau) && Number.isNaN(r.pval)).toBe(true);
  });
});
