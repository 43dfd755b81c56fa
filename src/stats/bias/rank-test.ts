/**
 * Rank correlation test for funnel-plot asymmetry (Begg & Mazumdar 1994, Biometrics
 * 50:1088), as metafor 3.8's `ranktest()`: with the equal-effects estimate
 * θ̂ = Σwᵢyᵢ/Σwᵢ (wᵢ = 1/vᵢ) and vᵢ* = vᵢ − 1/Σwᵢ, Kendall's τ between the standardized
 * effects (yᵢ − θ̂)/√vᵢ* and the variances vᵢ (eq. 2 and 3 of the paper). metafor asks
 * `cor.test` for the exact p-value, which R gives whenever there are no ties; with ties
 * (or exact = false) it uses the normal approximation.
 * dat.bcg (log RR): τ = 0.0256, p = 0.9524.
 */
import { InputError } from '../errors.js';
import { kendallTest } from './kendall.js';

export interface RanktestOptions {
  /** Use the exact null distribution when there are no ties (default true, as metafor). */
  readonly exact?: boolean;
}

export interface RanktestResult {
  readonly tau: number;
  readonly pval: number;
  readonly exact: boolean;
  readonly k: number;
}

export function ranktest(yi: ArrayLike<number>, vi: ArrayLike<number>, options: RanktestOptions = {}): RanktestResult {
  if (yi.length !== vi.length) {
    throw new InputError(`yi has ${yi.length} values but vi has ${vi.length}.`, { field: 'vi' });
  }
  const y: number[] = [];
  const v: number[] = [];
  for (let i = 0; i < yi.length; i++) {
    if (Number.isNaN(yi[i]) || Number.isNaN(vi[i])) continue;
    y.push(yi[i]);
    v.push(vi[i]);
  }
  if (y.length < 2) throw new InputError(`The rank test needs at least 2 studies (got ${y.length}).`, { field: 'yi' });
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < y.length; i++) {
    const w = 1 / v[i];
    sw += w;
    swy += y[i] * w;
  }
  const theta = swy / sw;
  const vb = 1 / sw;
  const ystar = y.map((yy, i) => (yy - theta) / Math.sqrt(v[i] - vb));
  const res = kendallTest(ystar, v, options.exact ?? true);
  return { tau: res.tau, pval: res.pval, exact: res.exact, k: y.length };
}
