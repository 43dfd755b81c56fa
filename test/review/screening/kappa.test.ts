import { describe, expect, it } from 'vitest';
import { cohenKappa } from '../../../src/review/screening/index.js';

const rep = (n: number, a: string, b: string) => Array.from({ length: n }, () => [a, b] as [string, string]);

describe('cohenKappa()', () => {
  // 50 records: 20 both include, 15 both exclude, 10 include by the first only, 5 by the second only.
  // Categories sorted (exclude, include). p = [[.30, .10], [.20, .40]]; rows .4 .6, columns .5 .5.
  // po = .70; pe = .4 × .5 + .6 × .5 = .50; κ = (.70 − .50) / .50 = .40.
  // FCE 1969: diagonal .30 (1 − .9 × .6)² + .40 (1 − 1.1 × .6)² = .06348 + .04624 = .10972;
  // off-diagonal (1 − κ)² [.10 (.5 + .6)² + .20 (.5 + .4)²] = .36 × .283 = .10188;
  // minus (κ − pe (1 − κ))² = .01; var = .2016 / (50 × .25) = .016128, se = .1269961.
  // Null: var0 = (.5 + .25 − (.2 × .9 + .3 × 1.1)) / 12.5 = .24 / 12.5, se0 = .1385641, z = 2.886751.
  // The same numbers from base R (test/review/screening/kappa.R): se 0.1269960629311, se0 0.13856406460551.
  const k = cohenKappa([...rep(20, 'include', 'include'), ...rep(15, 'exclude', 'exclude'), ...rep(10, 'include', 'exclude'), ...rep(5, 'exclude', 'include')]);

  it('cohenKappa(pairs) gives po, pe and kappa of the hand-worked 2 × 2 table', () => {
    expect(k.n).toBe(50);
    expect(k.categories).toEqual(['exclude', 'include']);
    expect(k.table).toEqual([[15, 5], [10, 20]]);
    expect(k.po).toBeCloseTo(0.7, 12);
    expect(k.percent).toBeCloseTo(70, 10);
    expect(k.pe).toBeCloseTo(0.5, 12);
    expect(k.kappa).toBeCloseTo(0.4, 12);
  });

  it('cohenKappa(pairs) gives the Fleiss–Cohen–Everitt standard error, CI and null z', () => {
    expect(k.se).toBeCloseTo(0.1269960629311, 10);
    expect(k.ci_lb).toBeCloseTo(0.151092290476661, 10);
    expect(k.ci_ub).toBeCloseTo(0.648907709523339, 10);
    expect(k.se0).toBeCloseTo(0.13856406460551, 10);
    expect(k.z).toBeCloseTo(2.88675134594813, 9);
  });

  it('cohenKappa(pairs) matches Fleiss’s 3 × 3 diagnosis example (κ = .676) and base R', () => {
    // Fleiss, Statistical Methods for Rates and Proportions: proportions ×100 of 100 patients.
    const t = [[75, 1, 4], [5, 4, 1], [0, 0, 10]];
    const cats = ['a', 'b', 'c'];
    const pairs = t.flatMap((row, i) => row.flatMap((n, j) => rep(n, cats[i], cats[j])));
    const f = cohenKappa(pairs);
    expect(f.po).toBeCloseTo(0.89, 12);
    expect(f.pe).toBeCloseTo(0.66, 12);
    expect(f.kappa).toBeCloseTo(0.676470588235294, 12);
    expect(f.se).toBeCloseTo(0.0877029534752125, 10);
    expect(f.se0).toBeCloseTo(0.0761872579234626, 10);
  });

  it('cohenKappa(pairs) with three screening verdicts matches base R', () => {
    // rows the first reviewer (exclude, include, maybe): 6 1 1 / 1 3 0 / 0 1 2
    const t = [[6, 1, 1], [1, 3, 0], [0, 1, 2]];
    const cats = ['exclude', 'include', 'maybe'];
    const f = cohenKappa(t.flatMap((row, i) => row.flatMap((n, j) => rep(n, cats[i], cats[j]))));
    expect(f.percent).toBeCloseTo(73.3333333333333, 10);
    expect(f.pe).toBeCloseTo(0.377777777777778, 12);
    expect(f.kappa).toBeCloseTo(0.571428571428572, 12);
    expect(f.se).toBeCloseTo(0.180257347617961, 10);
    expect(f.ci_lb).toBeCloseTo(0.218130662148651, 10);
    expect(f.ci_ub).toBeCloseTo(0.924726480708492, 10);
  });

  it('cohenKappa(pairs) is 1 with se 0 for perfect agreement on two categories', () => {
    const f = cohenKappa([...rep(3, 'include', 'include'), ...rep(7, 'exclude', 'exclude')]);
    expect(f.kappa).toBe(1);
    expect(f.se).toBeCloseTo(0, 12);
    expect(f.percent).toBe(100);
  });

  it('cohenKappa(pairs) is NaN when both raters used one category throughout (pe = 1)', () => {
    const f = cohenKappa(rep(5, 'exclude', 'exclude'));
    expect(f.percent).toBe(100);
    expect(f.kappa).toBeNaN();
  });

  it('cohenKappa([]) is NaN with n = 0', () => {
    const f = cohenKappa([]);
    expect(f.n).toBe(0);
    expect(f.kappa).toBeNaN();
    expect(f.po).toBeNaN();
  });
});
