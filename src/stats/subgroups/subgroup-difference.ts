/**
 * Test for subgroup differences as RevMan 5 computes it (Deeks & Higgins, Statistical
 * algorithms in Review Manager 5, 2010, section "Tests for subgroup differences";
 * Borenstein & Higgins 2013): an inverse-variance Cochran's Q across the subgroup
 * summary estimates, Q = Σ w_g (θ̂_g − θ̄)² with w_g = 1/SE_g², on G − 1 df,
 * and I² = max(0, (Q − df)/Q).
 */
import { chisqUpper } from '../distributions/index.js';

export interface SubgroupDifference {
  readonly Q: number;
  readonly df: number;
  readonly p: number;
  /** Percent. */
  readonly I2: number;
}

export function subgroupDifference(estimates: readonly number[], ses: readonly number[]): SubgroupDifference {
  const use = estimates.map((_, g) => g).filter((g) => Number.isFinite(estimates[g]) && ses[g] > 0);
  const df = use.length - 1;
  if (df < 1) return { Q: NaN, df: Math.max(df, 0), p: NaN, I2: NaN };
  let sw = 0;
  let swy = 0;
  for (const g of use) {
    const w = 1 / (ses[g] * ses[g]);
    sw += w;
    swy += w * estimates[g];
  }
  const mean = swy / sw;
  let Q = 0;
  for (const g of use) Q += (estimates[g] - mean) ** 2 / (ses[g] * ses[g]);
  return { Q, df, p: chisqUpper(Q, df), I2: Q > 0 ? Math.max(0, (100 * (Q - df)) / Q) : 0 };
}
