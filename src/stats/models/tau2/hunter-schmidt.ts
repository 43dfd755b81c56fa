/**
 * Hunter & Schmidt (2004) estimator, and its small-sample "k-corrected" variant HSk
 * (Brannick et al. 2019, Res Synth Methods 10:268), with weights 1/vᵢ:
 *   HS:  τ̂² = max(0, (Q − k) / Σwᵢ)
 *   HSk: τ̂² = max(0, (k/(k−p) · Q − k) / Σwᵢ)
 *   SE² (HS) = (2(k−p) + 4τ² tr(P) + 2τ⁴ tr(PP)) / (Σwᵢ)²; HSk scales the SE by k/(k−p).
 */
import { projection, quadP, sumWeights, traceP, tracePDPE } from '../projection.js';
import { inverseVariance, type Tau2Estimate, type Tau2Input } from './types.js';

function hunterSchmidtWith(corrected: boolean, { y, vi, X, k, p }: Tau2Input): Tau2Estimate {
  const w = inverseVariance(vi, 0);
  const P = projection(X, w);
  if (P === null) return { tau2: NaN, se_tau2: NaN, iterations: 0, warnings: ['Design matrix is singular.'] };
  const { s1 } = sumWeights(w);
  const factor = corrected ? k / (k - p) : 1;
  const tau2 = Math.max(0, (factor * quadP(P, y) - k) / s1);
  const se =
    factor * Math.sqrt((2 * (k - p) + 4 * tau2 * traceP(P) + 2 * tau2 * tau2 * tracePDPE(P)) / (s1 * s1));
  return { tau2, se_tau2: se, iterations: 0, warnings: [] };
}

export const hunterSchmidt = (input: Tau2Input) => hunterSchmidtWith(false, input);
export const hunterSchmidtK = (input: Tau2Input) => hunterSchmidtWith(true, input);
