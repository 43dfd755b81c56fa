/**
 * One row of a leave-one-out or cumulative meta-analysis: the pooled estimate and
 * heterogeneity statistics of one refit, as the columns of metafor's leave1out() and
 * cumul() (estimate, se, zval/tval, pval, ci.lb, ci.ub, Q, Qp, tau2, I2, H2), named
 * as in metasift's rma() result. `row` is the study's index in the input.
 */
import type { RmaUniFit } from '../models/rma-uni.js';

export interface PooledRow {
  readonly row: number;
  readonly b: number;
  readonly se: number;
  /** z or t statistic, following the model's test. */
  readonly zval: number;
  readonly pval: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  readonly QE: number;
  readonly QEp: number;
  /** 0 for equal-effects models (metafor omits the column there). */
  readonly tau2: number;
  readonly I2: number;
  readonly H2: number;
}

export function pooledRow(row: number, fit: RmaUniFit | null): PooledRow {
  if (fit === null) {
    return { row, b: NaN, se: NaN, zval: NaN, pval: NaN, ci_lb: NaN, ci_ub: NaN, QE: NaN, QEp: NaN, tau2: NaN, I2: NaN, H2: NaN };
  }
  const c = fit.coefficients[0];
  return {
    row,
    b: c.estimate,
    se: c.se,
    zval: c.zval,
    pval: c.pval,
    ci_lb: c.ci_lb,
    ci_ub: c.ci_ub,
    QE: fit.QE,
    QEp: fit.QEp,
    tau2: fit.tau2,
    I2: fit.I2,
    H2: fit.H2,
  };
}
