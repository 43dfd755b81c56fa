/**
 * Hedges' (1981, J Educ Stat 6:107) exact small-sample correction of a
 * standardized mean difference with m degrees of freedom:
 *   c(m) = Γ(m/2) / (√(m/2) · Γ((m − 1)/2)),
 * computed through log-gammas so that large m does not overflow, as metafor's
 * internal .cmicalc does; NaN for m ≤ 1, where it is undefined.
 * Example: c(18) = 0.957646 (two groups of 10).
 */
import gammaln from '@stdlib/math-base-special-gammaln';

export function biasCorrection(m: number): number {
  if (!(m > 1)) return NaN;
  return Math.exp(gammaln(m / 2) - 0.5 * Math.log(m / 2) - gammaln((m - 1) / 2));
}
