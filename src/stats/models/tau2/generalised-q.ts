/**
 * Generalised Q-statistic estimator (DerSimonian & Kacker 2007, Contemp Clin Trials
 * 28:105) with user-chosen weights aᵢ, P built from A = diag(a):
 *   τ̂² = max(0, (y'Py − tr(PV)) / tr(P)),
 *   SE² = (2 tr(PVPV) + 4τ² tr(PVP) + 2τ⁴ tr(PP)) / tr(P)².
 * With aᵢ = 1/vᵢ it is DerSimonian–Laird; with aᵢ = 1 it is Hedges.
 */
import { projection, quadP, traceP, tracePDPE } from '../projection.js';
import type { Tau2Estimate, Tau2Input } from './types.js';

export function generalisedQEstimator({ y, vi, X, weights }: Tau2Input): Tau2Estimate {
  if (weights === undefined) throw new Error("The GENQ estimator needs 'weights' (one per study).");
  const P = projection(X, weights);
  if (P === null) return { tau2: NaN, se_tau2: NaN, iterations: 0, warnings: ['Design matrix is singular.'] };
  const v = (i: number) => vi[i];
  const trP = traceP(P);
  const tau2 = Math.max(0, (quadP(P, y) - traceP(P, v)) / trP);
  const inner = 2 * tracePDPE(P, v, v) + 4 * tau2 * tracePDPE(P, v) + 2 * tau2 * tau2 * tracePDPE(P);
  return { tau2, se_tau2: Math.sqrt(inner / (trP * trP)), iterations: 0, warnings: [] };
}
