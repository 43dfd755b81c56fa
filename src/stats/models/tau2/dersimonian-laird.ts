/**
 * DerSimonian–Laird (1986, Control Clin Trials 7:177) method-of-moments estimator,
 * generalised to meta-regression (Raudenbush 2009):
 *   τ̂² = max(0, (Q − (k − p)) / tr(P)),   P built with weights 1/vᵢ.
 * SE from the variance of Q (Viechtbauer 2007; metafor's rma.uni):
 *   SE² = (2(k−p) + 4τ² tr(P) + 2τ⁴ tr(PP)) / tr(P)².
 * dat.bcg (log RR): τ̂² = 0.3088, SE 0.2299.
 */
import { projection, quadP, traceP, tracePDPE } from '../projection.js';
import { inverseVariance, type Tau2Estimate, type Tau2Input } from './types.js';

export function dersimonianLaird({ y, vi, X, k, p }: Tau2Input): Tau2Estimate {
  const P = projection(X, inverseVariance(vi, 0));
  if (P === null) return { tau2: NaN, se_tau2: NaN, iterations: 0, warnings: ['Design matrix is singular.'] };
  const trP = traceP(P);
  const tau2 = Math.max(0, (quadP(P, y) - (k - p)) / trP);
  const se = Math.sqrt((2 * (k - p) + 4 * tau2 * trP + 2 * tau2 * tau2 * tracePDPE(P)) / (trP * trP));
  return { tau2, se_tau2: se, iterations: 0, warnings: [] };
}
