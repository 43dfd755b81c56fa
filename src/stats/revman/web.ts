/**
 * The `revman-web` convention: RevMan Web's newer random-effects options
 * (Cochrane Handbook 6.4 §10.10.4; Veroniki et al. 2016 for REML and the
 * Q-profile interval of τ²; Hartung & Knapp 2001 and Sidik & Jonkman 2002 for
 * the t-based interval; Riley et al. 2011 for the prediction interval; Higgins &
 * Thompson 2002 for I² = τ²/(τ² + s²)). Study effects, zero cells, fixed-effect
 * methods and the Chi² statistic stay as in RevMan 5; random effects are
 * delegated to the metafor-faithful core (`rma`, method REML, test knha).
 */
import { rma } from '../models/rma.js';
import { revmanPool } from './pool.js';
import type { PooledRevMan, RevManData, RevManOptions } from './types.js';

export interface PooledRevManWeb extends PooledRevMan {
  /** Prediction interval (analysis scale); NaN for fixed effect or fewer than 3 rows. */
  readonly piLow: number;
  readonly piHigh: number;
  readonly tau2Ci: readonly [number, number];
}

export function revmanWebPool(data: RevManData, options: RevManOptions): PooledRevManWeb {
  const base = revmanPool(data, options);
  const none = { piLow: NaN, piHigh: NaN, tau2Ci: [NaN, NaN] as const };
  const use = base.studies.filter((s) => s.estimable);
  if (!options.random || use.length < 2) return { ...base, ...none };
  const fit = rma(
    use.map((s) => s.yi),
    use.map((s) => s.se * s.se),
    { method: 'REML', test: 'knha', level: options.ciTotal ?? 95 },
  );
  let j = 0;
  const studies = base.studies.map((s) => (s.estimable ? { ...s, weight: fit.weights[j++] } : s));
  return {
    ...base,
    estimate: fit.b,
    se: fit.se,
    ciLow: fit.ci_lb,
    ciHigh: fit.ci_ub,
    Z: Math.abs(fit.zval),
    pZ: fit.pval,
    I2: fit.I2,
    tau2: fit.tau2,
    studies,
    piLow: use.length >= 3 ? fit.pi_lb : NaN,
    piHigh: use.length >= 3 ? fit.pi_ub : NaN,
    tau2Ci: fit.tau2_ci,
  };
}
