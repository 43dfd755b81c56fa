import { describe, expect, it } from 'vitest';
import { petPeese } from '../../../src/stats/bias/index.js';
import type { PrecisionFit } from '../../../src/stats/bias/index.js';
import { biasFixtures, close, closeAll, numbers, scalar } from './bias-fixtures.js';

interface LmFields {
  coef: unknown;
  se: unknown;
  tval: unknown;
  pval: unknown;
  ci_lb: unknown;
  ci_ub: unknown;
  ddf: unknown;
}

function compare(fit: PrecisionFit, exp: LmFields, label: string): void {
  const co = fit.fit.coefficients;
  closeAll(co.map((c) => c.estimate), exp.coef, `${label} coef`);
  closeAll(co.map((c) => c.se), exp.se, `${label} se`);
  closeAll(co.map((c) => c.tval), exp.tval, `${label} tval`);
  closeAll(co.map((c) => c.pval), exp.pval, `${label} pval`);
  closeAll(co.map((c) => c.ci_lb), exp.ci_lb, `${label} ci_lb`);
  closeAll(co.map((c) => c.ci_ub), exp.ci_ub, `${label} ci_ub`);
  expect(fit.ddf).toBe(scalar(exp.ddf));
}

for (const fx of biasFixtures()) {
  const yi = numbers(fx.bias.yi);
  const vi = numbers(fx.bias.vi);
  const exp = fx.bias.petpeese as { pet: LmFields; peese: LmFields };
  describe(`petPeese(yi, vi) on ${fx.dataset} (R lm)`, () => {
    const res = petPeese(yi, vi);
    it('petPeese(yi, vi) PET matches lm(yi ~ sei, weights = 1/vi)', () => compare(res.pet, exp.pet, `${fx.dataset} PET`));
    it('petPeese(yi, vi) PEESE matches lm(yi ~ vi, weights = 1/vi)', () => compare(res.peese, exp.peese, `${fx.dataset} PEESE`));
    it('petPeese(yi, vi) reports PEESE exactly when PET rejects β₀ = 0 two-sided at 5%', () => {
      const petP = numbers(exp.pet.pval)[0];
      expect(res.selected).toBe(petP < 0.05 ? 'PEESE' : 'PET');
      close(res.b, numbers((petP < 0.05 ? exp.peese : exp.pet).coef)[0], `${fx.dataset} b`);
    });
  });
}

describe('petPeese(yi, vi) rule options', () => {
  // PET intercept p between 0.05 and 0.10: the one-sided test rejects, the two-sided does not
  const yi = [0.42, 0.31, 0.55, 0.12, 0.25, 0.6, 0.05, 0.38];
  const vi = [0.04, 0.02, 0.09, 0.005, 0.015, 0.12, 0.003, 0.05];
  it('petPeese(yi, vi, {sided: 1}) halves the PET p-value and then selects PEESE', () => {
    const two = petPeese(yi, vi);
    const one = petPeese(yi, vi, { sided: 1 });
    expect(one.pet_pval).toBeCloseTo(two.pet_pval / 2, 15);
    expect(two.selected).toBe('PET');
    expect(one.selected).toBe('PEESE');
    expect(one.b).toBe(one.peese.b);
  });
  it('petPeese(yi, vi, {alpha: 1}) always selects PEESE', () => {
    expect(petPeese(yi, vi, { alpha: 1 }).selected).toBe('PEESE');
  });
  it('petPeese(yi, vi) with two studies names the problem', () => {
    expect(() => petPeese([0.1, 0.2], [0.01, 0.02])).toThrow(/at least 3/);
  });
});
