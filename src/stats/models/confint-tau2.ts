/**
 * Q-profile confidence interval for τ² (Viechtbauer 2007, Stat Med 26:37): the
 * τ² values at which the generalised Q statistic, with weights 1/(vᵢ + τ²),
 * equals the upper and lower α/2 quantiles of chi-square(k − p). Q falls as τ²
 * grows, so the upper quantile gives the lower bound. Bounds below zero are set
 * to zero; when Q(0) is below even the lower quantile the interval is {0}
 * (metafor reports the same, flagging a null set).
 * Unlike metafor, whose search stops at max(100, 10·τ̂²), the bracket is widened
 * until the root is inside it, so a very wide interval is still reported exactly.
 * I² and H² bounds follow from the τ² bounds through ṽ (Higgins & Thompson 2002).
 */
import { chisqQuant } from '../distributions/index.js';
import { brentRoot } from '../numeric/brent.js';
import type { Columns } from '../numeric/small-matrix.js';
import { generalisedQ } from './tau2/paule-mandel.js';
import type { Tau2Control } from './tau2/types.js';

export interface Tau2Interval {
  readonly tau2_ci: readonly [number, number];
  readonly I2_ci: readonly [number, number];
  readonly H2_ci: readonly [number, number];
  /** True when Q(0) lies below the lower quantile, so the interval is the single point 0. */
  readonly nullSet: boolean;
}

export function qProfileInterval(
  y: Float64Array,
  vi: Float64Array,
  X: Columns,
  vt: number,
  alpha: number,
  control: Tau2Control,
): Tau2Interval {
  const k = y.length;
  const df = k - X.length;
  const interceptOnly = X.length === 1 && Array.prototype.every.call(X[0], (v: number) => v === 1);
  const Q = (t: number) => generalisedQ({ y, vi, X, interceptOnly }, t);
  const solve = (target: number): number => {
    const f = (t: number) => Q(t) - target;
    if (f(0) <= 0) return 0;
    let upper = Math.max(control.tau2Max, 1);
    while (f(upper) > 0) {
      upper *= 10;
      if (upper > 1e15) return NaN;
    }
    return brentRoot(f, 0, upper, control.tol, control.maxiter);
  };
  const critUpper = chisqQuant(1 - alpha / 2, df);
  const critLower = chisqQuant(alpha / 2, df);
  const nullSet = Q(0) < critLower;
  const lb = solve(critUpper);
  const ub = nullSet ? 0 : solve(critLower);
  const I2 = (t: number) => (100 * t) / (vt + t);
  const H2 = (t: number) => t / vt + 1;
  return { tau2_ci: [lb, ub], I2_ci: [I2(lb), I2(ub)], H2_ci: [H2(lb), H2(ub)], nullSet };
}
