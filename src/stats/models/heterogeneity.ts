/**
 * Heterogeneity around a fixed pooled estimate, as metafor 3.8 reports it for
 * rma.mh and rma.peto (Cochran 1954, Biometrics 10:101; Higgins & Thompson 2002,
 * Stat Med 21:1539):
 *   Q = Σ wᵢ (yᵢ − θ̂)², on df = k − 1,  p = P(χ²_df > Q),
 *   I² = max(0, 100 (Q − df)/Q),  H² = Q/df.
 * θ̂ is the model's own estimate (Mantel–Haenszel or Peto), not the
 * inverse-variance mean, so Q is not the minimum over θ. With fewer than two
 * studies metafor reports Q = 0, p = 1, I² = 0, H² = 1.
 * dat.bcg, MH log RR (θ̂ = −0.4537), wᵢ = 1/vᵢ of escalc's log RR: Q = 152.57 on 12 df.
 */
import { chisqUpper } from '../distributions/index.js';

export interface FixedHeterogeneity {
  readonly QE: number;
  readonly QE_df: number;
  readonly QEp: number;
  readonly I2: number;
  readonly H2: number;
}

/** Σ wᵢ (yᵢ − θ)², floored at 0 (NaN stays NaN, as R's max does). */
export function cochranQ(yi: ArrayLike<number>, wi: ArrayLike<number>, theta: number): number {
  let q = 0;
  for (let i = 0; i < yi.length; i++) q += wi[i] * (yi[i] - theta) ** 2;
  return Math.max(0, q);
}

/** p-value, I² and H² of a Q statistic on df degrees of freedom (df ≥ 1). */
export function fixedHeterogeneity(QE: number, df: number): FixedHeterogeneity {
  return {
    QE,
    QE_df: df,
    QEp: chisqUpper(QE, df),
    I2: Math.max(0, (100 * (QE - df)) / QE),
    H2: QE / df,
  };
}

/** What metafor reports when heterogeneity cannot be assessed (fewer than two studies). */
export function unassessableHeterogeneity(QE = 0): FixedHeterogeneity {
  return { QE, QE_df: 0, QEp: 1, I2: 0, H2: 1 };
}
