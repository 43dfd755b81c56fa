/**
 * PET-PEESE (Stanley & Doucouliagos 2014, Res Synth Methods 5:60–78), the conditional
 * precision-effect estimator. Both are weighted least-squares fits with weights 1/vᵢ and
 * a multiplicative dispersion (./weighted-lm.ts), i.e. R's `lm(yi ~ sei, weights = 1/vi)`:
 *   PET:   yᵢ = β₀ + β₁·seᵢ   (their eq. 5; the FAT–PET regression)
 *   PEESE: yᵢ = β₀ + β₁·vᵢ    (their eq. 6)
 * β₀ estimates the effect of an infinitely precise study. The conditional rule (their
 * §3): if PET rejects H₀: β₀ = 0, report PEESE's β₀, otherwise PET's.
 * Choice: by default the test is two-sided at α = 0.05, the conservative reading; with
 * sided = 1 it is one-sided in the direction of PET's estimate (p/2), the variant used
 * in parts of the later literature. There is no metafor function: the fits are checked
 * against R's lm().
 * dat.bcg (log RR): PET β₀ = −0.191 (p = 0.404), so PET is reported (PEESE would give −0.380).
 */
import { InputError } from '../errors.js';
import { levelFraction } from '../models/level.js';
import { weightedLm, type WlsFit } from './weighted-lm.js';

export interface PetPeeseOptions {
  /** Significance level of PET's intercept test (default 0.05). */
  readonly alpha?: number;
  /** Two-sided (default) or one-sided test of PET's intercept. */
  readonly sided?: 1 | 2;
  /** Confidence level of the intervals, 95 or 0.95 (default 95). */
  readonly level?: number;
}

export interface PrecisionFit {
  /** Intercept: the effect at se = 0. */
  readonly b: number;
  readonly se: number;
  readonly tval: number;
  readonly pval: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  readonly slope: number;
  readonly slope_se: number;
  readonly slope_pval: number;
  readonly ddf: number;
  readonly fit: WlsFit;
}

export interface PetPeeseResult {
  readonly pet: PrecisionFit;
  readonly peese: PrecisionFit;
  readonly alpha: number;
  readonly sided: 1 | 2;
  /** PET's intercept p-value under the chosen sidedness. */
  readonly pet_pval: number;
  readonly selected: 'PET' | 'PEESE';
  readonly b: number;
  readonly se: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
}

function precisionFit(fit: WlsFit): PrecisionFit {
  const [b0, b1] = fit.coefficients;
  return {
    b: b0.estimate,
    se: b0.se,
    tval: b0.tval,
    pval: b0.pval,
    ci_lb: b0.ci_lb,
    ci_ub: b0.ci_ub,
    slope: b1.estimate,
    slope_se: b1.se,
    slope_pval: b1.pval,
    ddf: fit.ddf,
    fit,
  };
}

export function petPeese(yi: ArrayLike<number>, vi: ArrayLike<number>, options: PetPeeseOptions = {}): PetPeeseResult {
  const alpha = options.alpha ?? 0.05;
  const sided = options.sided ?? 2;
  if (sided !== 1 && sided !== 2) throw new InputError(`sided must be 1 or 2 (got ${String(sided)}).`, { field: 'sided' });
  if (yi.length !== vi.length) throw new InputError(`yi has ${yi.length} values but vi has ${vi.length}.`, { field: 'vi' });
  const level = levelFraction(options.level ?? 95);
  const y: number[] = [];
  const v: number[] = [];
  for (let i = 0; i < yi.length; i++) {
    if (Number.isNaN(yi[i]) || Number.isNaN(vi[i])) continue;
    y.push(yi[i]);
    v.push(vi[i]);
  }
  if (y.length < 3) throw new InputError(`PET-PEESE needs at least 3 studies (got ${y.length}).`, { field: 'yi' });
  const w = v.map((x) => 1 / x);
  const ones = y.map(() => 1);
  const pet = precisionFit(weightedLm(y, [ones, v.map(Math.sqrt)], w, ['intrcpt', 'sei'], level));
  const peese = precisionFit(weightedLm(y, [ones, v], w, ['intrcpt', 'vi'], level));
  const pet_pval = sided === 2 ? pet.pval : pet.pval / 2;
  const chosen = pet_pval < alpha ? peese : pet;
  return {
    pet,
    peese,
    alpha,
    sided,
    pet_pval,
    selected: chosen === peese ? 'PEESE' : 'PET',
    b: chosen.b,
    se: chosen.se,
    ci_lb: chosen.ci_lb,
    ci_ub: chosen.ci_ub,
  };
}
