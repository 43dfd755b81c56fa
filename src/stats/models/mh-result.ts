/**
 * The parts of the result that rma.mh and rma.peto share: a fixed (τ² = 0)
 * estimate with a Wald z test and normal-quantile CI,
 *   z = b/SE,  p = 2 P(Z > |z|),  b ± z₁₋α/₂ SE,
 * where predict() gives the CI again as the prediction interval (τ² = 0), and
 * the weights in percent of their sum, as metafor's weights.rma.mh/weights.rma.peto.
 */
import { InputError } from '../errors.js';
import { normalQuant, normalTwoSided } from '../distributions/index.js';
import type { FixedHeterogeneity } from './heterogeneity.js';
import type { AddTo } from '../effects/index.js';
import type { PooledResult } from './types.js';

const NO_INTERVAL: readonly [number, number] = [NaN, NaN];
const ADD_TO: readonly AddTo[] = ['only0', 'all', 'if0all', 'none'];

/** The escalc options of rma.mh and rma.peto (metafor's first elements of add, to, drop00). */
export interface TableOutcomeOptions {
  /** Added to the cells of a study's table for its study-level outcome (default ½). */
  readonly add?: number;
  /** Which studies get `add` (default 'only0', those with a zero cell). */
  readonly to?: AddTo;
  /** Leave studies with no events (or only events) in both arms out of the study-level outcomes (default true). */
  readonly drop00?: boolean;
}

export function outcomeOptions(options: TableOutcomeOptions): { add: number; to: AddTo; drop00: boolean } {
  const add = options.add ?? 0.5;
  const to = options.to ?? 'only0';
  if (!Number.isFinite(add)) {
    throw new InputError(`'add' must be a finite number (got ${add}).`, { field: 'add', value: add });
  }
  if (!ADD_TO.includes(to)) {
    throw new InputError(`Unknown 'to' ('${String(to)}'). Use one of ${ADD_TO.join(', ')}.`, { field: 'to', value: to });
  }
  return { add, to, drop00: options.drop00 ?? true };
}

export interface FixedPooled {
  readonly model: 'rma.mh' | 'rma.peto';
  /** Level as a fraction (see levelFraction). */
  readonly level: number;
  readonly k: number;
  readonly b: number;
  readonly se: number;
  readonly het: FixedHeterogeneity;
  readonly yi: readonly number[];
  readonly vi: readonly number[];
  readonly rows: readonly number[];
  /** Unnormalised weights, one per table in `rows`. */
  readonly weights: ArrayLike<number>;
  readonly warnings: readonly string[];
}

export function fixedPooledResult(f: FixedPooled): PooledResult {
  const crit = -normalQuant((1 - f.level) / 2);
  const zval = f.b / f.se;
  const ci_lb = f.b - crit * f.se;
  const ci_ub = f.b + crit * f.se;
  let wsum = 0;
  for (let i = 0; i < f.weights.length; i++) wsum += f.weights[i];
  return {
    model: f.model,
    k: f.k,
    method: 'FE',
    test: 'z',
    level: f.level * 100,
    b: f.b,
    se: f.se,
    zval,
    pval: normalTwoSided(zval),
    ci_lb,
    ci_ub,
    ddf: NaN,
    pi_lb: ci_lb,
    pi_ub: ci_ub,
    tau2: 0,
    se_tau2: NaN,
    tau2_ci: NO_INTERVAL,
    I2_ci: NO_INTERVAL,
    H2_ci: NO_INTERVAL,
    ...f.het,
    yi: f.yi,
    vi: f.vi,
    rows: f.rows,
    weights: Array.from(f.weights, (w) => (w / wsum) * 100),
    warnings: f.warnings,
  };
}
