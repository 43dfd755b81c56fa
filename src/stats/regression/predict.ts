/**
 * Predicted average effect at given moderator values, as metafor's predict.rma:
 *   μ̂(x) = x'β̂,  SE = √(x' Var(β̂) x),  CI μ̂ ± crit·SE,
 *   PI μ̂ ± crit·√(SE² + τ̂²)  (no PI for an equal-effects model),
 * crit the normal or (t, knha) t quantile on k − p df.
 */
import type { RmaUniFit } from '../models/rma-uni.js';

export interface Prediction {
  readonly pred: number;
  readonly se: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  readonly pi_lb: number;
  readonly pi_ub: number;
}

/** x holds one value per coefficient, intercept included (1). */
export function predictAt(fit: RmaUniFit, x: readonly number[]): Prediction {
  if (x.length !== fit.p) throw new Error(`predictAt needs ${fit.p} values (one per coefficient), got ${x.length}.`);
  let pred = 0;
  let v = 0;
  for (let a = 0; a < fit.p; a++) {
    pred += x[a] * fit.beta[a];
    for (let b = 0; b < fit.p; b++) v += x[a] * fit.vb[a][b] * x[b];
  }
  const se = Math.sqrt(v);
  const fixed = fit.method === 'EE' || fit.method === 'FE';
  const piHalf = fixed ? NaN : fit.crit * Math.sqrt(v + fit.tau2);
  return {
    pred,
    se,
    ci_lb: pred - fit.crit * se,
    ci_ub: pred + fit.crit * se,
    pi_lb: pred - piHalf,
    pi_ub: pred + piHalf,
  };
}
