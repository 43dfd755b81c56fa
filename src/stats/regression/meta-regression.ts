/**
 * Mixed-effects (or fixed-effects) meta-regression with continuous and categorical
 * moderators, as metafor's rma(yi, vi, mods = ~ ...): coefficients with SE, z or t,
 * p and CI, the omnibus test QM of all moderators (chi-square, or F with the
 * Knapp–Hartung or t test), the residual heterogeneity test QE, residual τ², I², H²,
 * and the pseudo-R² of Raudenbush (2009): the proportional reduction in τ² against
 * the intercept-only model fitted the same way, 100·max(0, (τ²₀ − τ²)/τ²₀).
 * For an equal-effects model R² is the adjusted R² of the weighted least-squares fit
 * (weights 1/vᵢ), as metafor reports it.
 * dat.bcg (log RR) with ablat, REML: slope −0.0291 (SE 0.0072), τ² 0.0764, R² 75.63%.
 */
import { fitPrepared, prepareModelData, type Coefficient, type RmaUniFit, type RmaUniOptions } from '../models/rma-uni.js';
import { designMatrix, type Moderator } from './design-matrix.js';

export interface MetaRegression {
  readonly k: number;
  readonly p: number;
  readonly method: string;
  readonly test: string;
  readonly coef: readonly Coefficient[];
  readonly QM: number;
  readonly QM_df: number;
  /** Denominator df of QM's F test (k − p); NaN for the chi-square test. */
  readonly QM_ddf: number;
  readonly QMp: number;
  readonly QE: number;
  readonly QE_df: number;
  readonly QEp: number;
  readonly tau2: number;
  readonly se_tau2: number;
  readonly I2: number;
  readonly H2: number;
  /** Percent of heterogeneity accounted for; NaN when it cannot be defined. */
  readonly R2: number;
  readonly factors: Readonly<Record<string, readonly string[]>>;
  readonly fit: RmaUniFit;
}

/** Adjusted R² (percent, floored at 0) of a weighted least-squares fit with an intercept. */
function weightedAdjustedR2(fit: RmaUniFit): number {
  const { yi, vi, X, k, p } = fit;
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < k; i++) {
    sw += 1 / vi[i];
    swy += yi[i] / vi[i];
  }
  const mean = swy / sw;
  let tss = 0;
  let rss = 0;
  for (let i = 0; i < k; i++) {
    let fitted = 0;
    for (let j = 0; j < p; j++) fitted += X[j][i] * fit.beta[j];
    tss += (yi[i] - mean) ** 2 / vi[i];
    rss += (yi[i] - fitted) ** 2 / vi[i];
  }
  if (tss === 0) return 0;
  const r2 = 1 - rss / tss;
  return Math.max(0, 100 * (1 - ((1 - r2) * (k - 1)) / (k - p)));
}

export function metaRegression(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  moderators: readonly Moderator[],
  options: RmaUniOptions = {},
): MetaRegression {
  const design = designMatrix(moderators, yi.length);
  const data = prepareModelData(yi, vi, design.columns, options.weights);
  const fit = fitPrepared(data, options, design.names);
  const fixed = fit.method === 'EE' || fit.method === 'FE';
  let R2 = NaN;
  if (fit.p > 1) {
    if (fixed) {
      R2 = weightedAdjustedR2(fit);
    } else {
      // the comparison model uses the same studies (those with every moderator present)
      const base = fitPrepared({ ...data, X: [data.X[0]], warnings: [] }, options, ['intrcpt']);
      R2 = base.tau2 === 0 ? 0 : Math.max(0, (100 * (base.tau2 - fit.tau2)) / base.tau2);
    }
  }
  return {
    k: fit.k,
    p: fit.p,
    method: fit.method,
    test: fit.test,
    coef: fit.coefficients,
    QM: fit.QM,
    QM_df: fit.QM_df,
    QM_ddf: fit.ddf,
    QMp: fit.QMp,
    QE: fit.QE,
    QE_df: fit.QE_df,
    QEp: fit.QEp,
    tau2: fit.tau2,
    se_tau2: fit.se_tau2,
    I2: fit.I2,
    H2: fit.H2,
    R2,
    factors: design.factors,
    fit,
  };
}
