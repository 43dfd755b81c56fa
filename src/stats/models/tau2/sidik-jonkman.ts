/**
 * Sidik & Jonkman (2005, J Biopharm Stat 15:823) estimator: with the crude start
 * τ₀² = Σ(yᵢ − ȳ)²/k and weights 1/(vᵢ + τ₀²),
 *   τ̂² = τ₀² · y'Py / (k − p)   (never negative),
 *   SE² = τ₀⁴/(k−p)² · (2 tr(PVPV) + 4τ² tr(PVP) + 2τ⁴ tr(PP))   (metafor's rma.uni).
 */
import { projection, quadP, tracePDPE } from '../projection.js';
import { inverseVariance, type Tau2Estimate, type Tau2Input } from './types.js';

export function sidikJonkman({ y, vi, X, k, p }: Tau2Input): Tau2Estimate {
  // y is mean-centred, so the start is the (biased) variance of the outcomes
  let tau0 = 0;
  for (let i = 0; i < k; i++) tau0 += y[i] * y[i];
  tau0 /= k;
  const P = projection(X, inverseVariance(vi, tau0));
  if (P === null) return { tau2: NaN, se_tau2: NaN, iterations: 0, warnings: ['Design matrix is singular.'] };
  const tau2 = Math.max(0, (tau0 * quadP(P, y)) / (k - p));
  const v = (i: number) => vi[i];
  const inner = 2 * tracePDPE(P, v, v) + 4 * tau2 * tracePDPE(P, v) + 2 * tau2 * tau2 * tracePDPE(P);
  const se = Math.sqrt(((tau0 * tau0) / ((k - p) * (k - p))) * inner);
  return { tau2, se_tau2: se, iterations: 0, warnings: [] };
}
