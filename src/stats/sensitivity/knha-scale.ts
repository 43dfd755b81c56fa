/**
 * The Knapp & Hartung (2003, Stat Med 22:2693) scale factor of a fit,
 *   s² = Σ wᵢ (yᵢ − xᵢ'β̂)² / (k − p),  wᵢ = 1/(vᵢ + τ̂²),
 * set to 0 when the residual sum of squares is below machine epsilon (all yᵢ on the
 * fitted line), as metafor's rma.uni does; 1 for the z and t tests. metafor's
 * influence() scales deleted residuals and DFFITS/DFBETAS by it (its `s2w`).
 */
import type { RmaUniFit } from '../models/rma-uni.js';
import { fittedAt } from './linear.js';

export function knhaScale(fit: RmaUniFit): number {
  if (fit.test !== 'knha') return 1;
  let rss = 0;
  for (let i = 0; i < fit.k; i++) {
    const e = fit.yi[i] - fittedAt(fit.X, i, fit.beta);
    rss += (e * e) / (fit.vi[i] + fit.tau2);
  }
  return rss <= Number.EPSILON ? 0 : rss / (fit.k - fit.p);
}
