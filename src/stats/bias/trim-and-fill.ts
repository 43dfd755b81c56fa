/**
 * Trim and fill (Duval & Tweedie 2000, Biometrics 56:455), as metafor 3.8's
 * `trimfill()` for an intercept-only rma.uni model.
 * The side of the funnel where studies are missing is the opposite of the sign of the
 * slope in the meta-regression of yᵢ on √vᵢ (metafor's rule), unless given. On the side
 * "left" data (the outcomes are negated for "right"), sorted by yᵢ: repeatedly fit the
 * model to all but the k₀ largest outcomes, rank |yᵢ − β̂| and re-estimate k₀
 * (./missing-studies.ts) until k₀ no longer changes. The k₀ largest studies are then
 * mirrored about the last β̂ (yᵢ ↦ 2β̂ − yᵢ, same vᵢ) and the model refitted to the
 * augmented data with the same method.
 * One difference, deliberate: metafor refits with rma.uni's default test and level unless
 * they are passed to trimfill(); here the options' test and level are used throughout.
 * dat.hackshaw1998, REML: k₀ = 7 filled on the left.
 */
import { InputError } from '../errors.js';
import { fitPrepared, prepareModelData, type RmaUniFit, type RmaUniOptions } from '../models/rma-uni.js';
import { estimateK0, type K0Estimator } from './missing-studies.js';

export type FunnelSide = 'left' | 'right';

export interface TrimfillOptions extends RmaUniOptions {
  /** Side on which studies are missing; by default from the sign of the Egger-type slope. */
  readonly side?: FunnelSide;
  readonly estimator?: K0Estimator;
  readonly maxiter?: number;
  /** Limits [lower, upper] for the imputed outcomes. */
  readonly ilim?: readonly [number, number];
}

export interface FilledStudy {
  readonly yi: number;
  readonly vi: number;
}

export interface TrimfillResult {
  readonly k0: number;
  /** NaN where the variance formula goes negative (metafor prints NA). */
  readonly se_k0: number;
  readonly side: FunnelSide;
  readonly estimator: K0Estimator;
  /** For R0: probability of at least k₀ missing studies under H₀: none missing; NaN otherwise. */
  readonly p_k0: number;
  readonly iterations: number;
  /** Number of studies in the refitted model, k + k₀. */
  readonly k: number;
  readonly b: number;
  readonly se: number;
  readonly zval: number;
  readonly pval: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  readonly tau2: number;
  readonly QE: number;
  readonly QEp: number;
  readonly I2: number;
  readonly filled: readonly FilledStudy[];
  /** The model on the augmented data (the original data when k₀ = 0). */
  readonly fit: RmaUniFit;
}

const ESTIMATORS: readonly K0Estimator[] = ['L0', 'R0', 'Q0'];

/** R's round(): halves to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Ranks of |c| (1-based), ties by position, with the sign of c. */
function signedRanks(c: readonly number[]): number[] {
  const order = c.map((_, i) => i).sort((a, b) => Math.abs(c[a]) - Math.abs(c[b]));
  const ranks = new Array<number>(c.length);
  order.forEach((idx, r) => (ranks[idx] = Math.sign(c[idx]) * (r + 1)));
  return ranks;
}

export function trimfill(yi: ArrayLike<number>, vi: ArrayLike<number>, options: TrimfillOptions = {}): TrimfillResult {
  const estimator = options.estimator ?? 'L0';
  const maxiter = options.maxiter ?? 100;
  if (!ESTIMATORS.includes(estimator)) {
    throw new InputError(`Unknown estimator '${estimator}'. Use L0, R0 or Q0.`, { field: 'estimator', value: estimator });
  }
  if (options.side !== undefined && options.side !== 'left' && options.side !== 'right') {
    throw new InputError(`Unknown side '${String(options.side)}'. Use 'left' or 'right'.`, { field: 'side' });
  }
  const data = prepareModelData(yi, vi, undefined, options.weights);
  const k = data.y.length;
  if (k === 1) throw new InputError('Trim and fill needs at least 2 studies (k = 1).', { field: 'yi' });
  const fitTo = (y: ArrayLike<number>, v: ArrayLike<number>, w: ArrayLike<number> | undefined, X?: number[][]) =>
    fitPrepared(prepareModelData(y, v, X, w), options, X === undefined ? undefined : ['intrcpt', 'sei']);

  let side = options.side;
  if (side === undefined) {
    const sei = Array.from(data.vi, Math.sqrt);
    const egger = fitTo(data.y, data.vi, data.weights, [sei.map(() => 1), sei]);
    side = egger.beta[1] < 0 ? 'right' : 'left';
  }
  const flip = side === 'right' ? -1 : 1;
  const order = Array.from(data.y, (_, i) => i).sort((a, b) => flip * data.y[a] - flip * data.y[b]);
  const y = order.map((i) => flip * data.y[i]);
  const v = order.map((i) => data.vi[i]);
  const w = data.weights === undefined ? undefined : order.map((i) => (data.weights as Float64Array)[i]);

  let k0 = 0;
  let previous = -1;
  let se_k0 = NaN;
  let beta = NaN;
  let iterations = 0;
  while (k0 !== previous) {
    previous = k0;
    iterations++;
    if (iterations > maxiter) {
      throw new InputError(`The trim and fill algorithm did not converge in ${maxiter} iterations.`, { field: 'maxiter' });
    }
    const m = k - k0;
    beta = fitTo(y.slice(0, m), v.slice(0, m), w?.slice(0, m)).beta[0];
    const est = estimateK0(estimator, signedRanks(y.map((yy) => yy - beta)));
    if (!Number.isFinite(est.k0)) {
      throw new InputError(`The ${estimator} estimator is undefined here: no study lies ${side === 'left' ? 'below' : 'above'} the estimate.`, {
        field: 'estimator',
      });
    }
    k0 = Math.max(0, roundHalfEven(est.k0));
    se_k0 = Math.max(0, est.se_k0);
  }

  const filled: FilledStudy[] = [];
  for (let j = k - k0; j < k; j++) {
    let fy = flip * (2 * beta - y[j]);
    if (options.ilim !== undefined) {
      const [lo, hi] = [...options.ilim].sort((a, b) => a - b);
      fy = Math.min(hi, Math.max(lo, fy));
    }
    filled.push({ yi: fy, vi: v[j] });
  }
  const fit =
    k0 > 0
      ? fitTo(
          [...data.y, ...filled.map((f) => f.yi)],
          [...data.vi, ...filled.map((f) => f.vi)],
          w === undefined ? undefined : [...(data.weights as Float64Array), ...w.slice(k - k0)],
        )
      : fitPrepared(data, options);
  let tail = 0;
  for (let m = -1; m <= k0 - 1; m++) tail += 0.5 ** (m + 2);
  const c = fit.coefficients[0];
  return {
    k0,
    se_k0,
    side,
    estimator,
    p_k0: estimator === 'R0' ? 1 - tail : NaN,
    iterations,
    k: fit.k,
    b: c.estimate,
    se: c.se,
    zval: c.zval,
    pval: c.pval,
    ci_lb: c.ci_lb,
    ci_ub: c.ci_ub,
    tau2: fit.tau2,
    QE: fit.QE,
    QEp: fit.QEp,
    I2: fit.I2,
    filled,
    fit,
  };
}
