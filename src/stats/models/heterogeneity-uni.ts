/**
 * Heterogeneity statistics of rma.uni (Higgins & Thompson 2002, Stat Med 21:1539;
 * metafor's generalisation to meta-regression):
 *   Q_E = y'Py with weights 1/vᵢ, on k − p df;
 *   typical within-study variance ṽ = (k − p) / tr(P);
 *   random effects: I² = 100 τ²/(ṽ + τ²), H² = (ṽ + τ²)/ṽ;
 *   fixed effects:  I² = max(0, 100 (Q_E − (k−p))/Q_E), H² = Q_E/(k − p).
 */
import { allPositive } from '../numeric/arrays.js';
import { chisqUpper } from '../distributions/index.js';
import type { Columns } from '../numeric/small-matrix.js';
import { projection, quadP, traceP } from './projection.js';

export interface UniHeterogeneity {
  readonly QE: number;
  readonly QE_df: number;
  readonly QEp: number;
  /** Typical within-study variance ṽ. */
  readonly vt: number;
  /** k ≤ p: nothing is left to estimate heterogeneity from. */
  readonly saturated: boolean;
}

export function residualHeterogeneity(y: Float64Array, vi: Float64Array, X: Columns): UniHeterogeneity {
  const k = y.length;
  const p = X.length;
  if (!allPositive(vi)) return { QE: NaN, QE_df: k - p, QEp: NaN, vt: NaN, saturated: false };
  if (k <= p) return { QE: 0, QE_df: 0, QEp: 1, vt: 0, saturated: true };
  const w = new Float64Array(k);
  for (let i = 0; i < k; i++) w[i] = 1 / vi[i];
  const P = projection(X, w);
  if (P === null) return { QE: NaN, QE_df: k - p, QEp: NaN, vt: NaN, saturated: false };
  const QE = Math.max(0, quadP(P, y));
  return { QE, QE_df: k - p, QEp: chisqUpper(QE, k - p), vt: (k - p) / traceP(P), saturated: false };
}

/** I² (percent) and H² from τ² and ṽ (random effects) or from Q (fixed effects). */
export function inconsistency(
  het: UniHeterogeneity,
  tau2: number,
  fixed: boolean,
): { I2: number; H2: number } {
  if (het.saturated) return { I2: 0, H2: 1 };
  if (fixed) {
    return { I2: Math.max(0, (100 * (het.QE - het.QE_df)) / het.QE), H2: het.QE / het.QE_df };
  }
  return { I2: (100 * tau2) / (het.vt + tau2), H2: tau2 / het.vt + 1 };
}
