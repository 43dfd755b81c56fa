/**
 * Distribution functions the models need, with upper tails computed directly
 * (not as 1 - cdf) so that very small p-values keep full relative precision,
 * as R's `pnorm(..., lower.tail = FALSE)` and friends do.
 *
 * Tail identities: Abramowitz & Stegun 26.2.29 (normal via erfc), 26.4.19
 * (chi-square via the regularized upper incomplete gamma), 26.7.1 (Student t)
 * and 26.6.2 (F) via the regularized incomplete beta.
 */
import erfc from '@stdlib/math-base-special-erfc';
import gammainc from '@stdlib/math-base-special-gammainc';
import betainc from '@stdlib/math-base-special-betainc';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import chisqQuantile from '@stdlib/stats-base-dists-chisquare-quantile';

/** P(Z > z) for a standard normal Z. */
export function normalUpper(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** P(Z <= z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Quantile of the standard normal (R's qnorm). */
export function normalQuant(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** Two-sided p-value of a z statistic: 2 P(Z > |z|). */
export function normalTwoSided(z: number): number {
  return 2 * normalUpper(Math.abs(z));
}

/** P(T > t) for Student's t with df degrees of freedom. */
export function tUpper(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  const x = df / (df + t * t);
  const half = 0.5 * betainc(x, df / 2, 0.5);
  return t > 0 ? half : 1 - half;
}

/** Two-sided p-value of a t statistic: 2 P(T > |t|). */
export function tTwoSided(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  return betainc(df / (df + t * t), df / 2, 0.5);
}

/** Quantile of Student's t (R's qt). */
export function tQuant(p: number, df: number): number {
  return tQuantile(p, df);
}

/** P(X > x) for chi-square X with df degrees of freedom. */
export function chisqUpper(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** P(X <= x) for chi-square X with df degrees of freedom. */
export function chisqCdf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 0;
  return gammainc(x / 2, df / 2, true, false);
}

/** Quantile of the chi-square distribution (R's qchisq). */
export function chisqQuant(p: number, df: number): number {
  return chisqQuantile(p, df);
}

/** P(F > f) for F with (df1, df2) degrees of freedom. */
export function fUpper(f: number, df1: number, df2: number): number {
  if (Number.isNaN(f) || !(df1 > 0) || !(df2 > 0)) return NaN;
  if (f <= 0) return 1;
  return betainc(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}
