/**
 * Paule & Mandel (1982, J Res Natl Bur Stand 87:377) estimator: the τ² at which
 * the generalised Q statistic y'P(τ²)y, with weights 1/(vᵢ + τ²), equals its
 * expectation k − p (PM), or its median, the chi-square(k − p) median (PMM,
 * median-unbiased, Viechtbauer 2021). Zero when Q(0) is already below the target.
 * SE as metafor reports it: √(2k²/(k−p)) / Σwᵢ.
 * dat.bcg (log RR), PM: τ̂² = 0.3181.
 */
import { brentRoot } from '../../numeric/brent.js';
import { chisqQuant } from '../../distributions/index.js';
import { projection, quadP, sumWeights } from '../projection.js';
import { interceptSums } from './intercept-only.js';
import { inverseVariance, type Tau2Estimate, type Tau2Input } from './types.js';

/** Generalised Q at τ²: y'P(τ²)y. */
export function generalisedQ(input: Pick<Tau2Input, 'y' | 'vi' | 'X' | 'interceptOnly'>, tau2: number): number {
  if (input.interceptOnly) return interceptSums(input.y, input.vi, tau2).qP;
  const P = projection(input.X, inverseVariance(input.vi, tau2));
  return P === null ? NaN : quadP(P, input.y);
}

/** Smallest τ² ≥ 0 with Q(τ²) = target (Q decreases in τ²); widens the bracket as needed. */
export function solveQ(input: Tau2Input, target: number): number {
  const f = (t: number) => generalisedQ(input, t) - target;
  if (f(0) <= 0) return 0;
  let upper = input.control.tau2Max;
  while (f(upper) > 0) {
    upper *= 10;
    if (upper > 1e15) return NaN;
  }
  return brentRoot(f, 0, upper, input.control.tol, input.control.maxiter);
}

function pauleMandelWith(target: number, input: Tau2Input): Tau2Estimate {
  const { vi, k, p } = input;
  const tau2 = solveQ(input, target);
  const { s1 } = sumWeights(inverseVariance(vi, tau2));
  return { tau2, se_tau2: Math.sqrt((2 * k * k) / (k - p)) / s1, iterations: 0, warnings: [] };
}

export const pauleMandel = (input: Tau2Input) => pauleMandelWith(input.k - input.p, input);
export const pauleMandelMedian = (input: Tau2Input) => pauleMandelWith(chisqQuant(0.5, input.k - input.p), input);
