/**
 * The pooled (intercept-only) random- or equal-effects model: metafor's
 * `rma(yi, vi, method, test, level)` followed by `predict()` for the prediction
 * interval and `confint()` for the Q-profile intervals of τ², I² and H².
 * Prediction interval (Riley et al. 2011, BMJ 342:d549; metafor's predict.rma):
 *   μ̂ ± crit · √(SE(μ̂)² + τ̂²), crit the normal quantile for the z test and
 *   the t quantile on k − 1 df for the t and Knapp–Hartung tests.
 * dat.bcg (log RR), REML: μ̂ = −0.7145 (SE 0.1798), 95% PI −1.8654 to 0.4364.
 */
import { allPositive } from '../numeric/arrays.js';
import { qProfileInterval } from './confint-tau2.js';
import { fitPrepared, prepareModelData, type RmaUniFit, type RmaUniOptions } from './rma-uni.js';
import { DEFAULT_TAU2_CONTROL } from './tau2/index.js';
import type { PooledResult } from './types.js';

const NO_INTERVAL: readonly [number, number] = [NaN, NaN];

export interface RmaResult extends PooledResult {
  /** The full fit, for callers that need the variance matrix or iteration count. */
  readonly fit: RmaUniFit;
}

export function rma(yi: ArrayLike<number>, vi: ArrayLike<number>, options: RmaUniOptions = {}): RmaResult {
  const data = prepareModelData(yi, vi, undefined, options.weights);
  const fit = fitPrepared(data, options);
  const c = fit.coefficients[0];
  const half = fit.crit * Math.sqrt(c.se * c.se + fit.tau2);
  const fixed = fit.method === 'EE' || fit.method === 'FE';
  const hasProfile = !fixed && fit.method !== 'GENQ' && fit.k > 1 && allPositive(data.vi);
  const interval = hasProfile
    ? qProfileInterval(data.y, data.vi, data.X, fit.vt, 1 - fit.level / 100, {
        ...DEFAULT_TAU2_CONTROL,
        ...options.control,
      })
    : { tau2_ci: NO_INTERVAL, I2_ci: NO_INTERVAL, H2_ci: NO_INTERVAL, nullSet: false };
  return {
    model: 'rma.uni',
    k: fit.k,
    method: fit.method,
    test: fit.test,
    level: fit.level,
    b: c.estimate,
    se: c.se,
    zval: c.zval,
    pval: c.pval,
    ci_lb: c.ci_lb,
    ci_ub: c.ci_ub,
    ddf: fit.ddf,
    // metafor gives no prediction interval for an equal-effects model: there is no τ² to predict with
    pi_lb: fixed ? NaN : c.estimate - half,
    pi_ub: fixed ? NaN : c.estimate + half,
    tau2: fit.tau2,
    se_tau2: fit.se_tau2,
    tau2_ci: interval.tau2_ci,
    I2_ci: interval.I2_ci,
    H2_ci: interval.H2_ci,
    QE: fit.QE,
    QE_df: fit.QE_df,
    QEp: fit.QEp,
    I2: fit.I2,
    H2: fit.H2,
    yi: fit.yi,
    vi: fit.vi,
    rows: fit.rows,
    weights: fit.weights,
    warnings: fit.warnings,
    fit,
  };
}
