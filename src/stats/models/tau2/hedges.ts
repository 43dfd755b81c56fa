/**
 * Hedges (1983; Hedges & Olkin 1985) unweighted method-of-moments estimator ("HE",
 * also the starting value of ML, REML and EB):
 *   τ̂² = max(0, (y'Py − tr(PV)) / (k − p)),   P = I − X(X'X)⁻¹X'.
 *   SE² = (2 tr(PVPV) + 4τ² tr(PV) + 2τ⁴ (k − p)) / (k − p)².
 */
import { projection, quadP, traceP, tracePDPE } from '../projection.js';
import type { Tau2Estimate, Tau2Input } from './types.js';

/** The unclipped Hedges estimate, used as a starting value. */
export function hedgesRaw({ y, vi, X, k, p }: Tau2Input): number {
  const P = projection(X, new Float64Array(k).fill(1));
  if (P === null) return NaN;
  return (quadP(P, y) - traceP(P, (i) => vi[i])) / (k - p);
}

export function hedges(input: Tau2Input): Tau2Estimate {
  const { vi, X, k, p } = input;
  const P = projection(X, new Float64Array(k).fill(1));
  if (P === null) return { tau2: NaN, se_tau2: NaN, iterations: 0, warnings: ['Design matrix is singular.'] };
  const v = (i: number) => vi[i];
  const trPV = traceP(P, v);
  const tau2 = Math.max(0, hedgesRaw(input));
  const se = Math.sqrt((2 * tracePDPE(P, v, v) + 4 * tau2 * trPV + 2 * tau2 * tau2 * (k - p)) / ((k - p) * (k - p)));
  return { tau2, se_tau2: se, iterations: 0, warnings: [] };
}
