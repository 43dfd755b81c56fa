/**
 * The normal–normal (random-effects) model and its equal-effects special case,
 * with moderators (mixed-effects meta-regression), as metafor's rma.uni:
 *   yᵢ = xᵢ'β + uᵢ + εᵢ,  uᵢ ~ N(0, τ²),  εᵢ ~ N(0, vᵢ).
 * τ² is estimated by one of the estimators in ./tau2, then β̂ = (X'WX)⁻¹X'Wy with
 * wᵢ = 1/(vᵢ + τ̂²) (or user weights for GENQ), Var(β̂) = (X'WX)⁻¹.
 * Tests: z (Wald), t (same SE, t on k − p df), and Knapp & Hartung (2003, Stat Med
 * 22:2693), which scales Var(β̂) by s² = Σwᵢ(yᵢ − xᵢ'β̂)²/(k − p) and uses t on k − p df.
 * Omnibus test of the moderators QM = β̂ₘ' Var(β̂ₘ)⁻¹ β̂ₘ (chi-square, or F = QM/m).
 */
import { allPositive } from '../numeric/arrays.js';
import { InputError } from '../errors.js';
import { chisqUpper, fUpper, normalQuant, normalTwoSided, tQuant, tTwoSided } from '../distributions/index.js';
import {
  crossprodVector,
  crossprodWeighted,
  invertSPD,
  matVec,
  quadForm,
  scaleMatrix,
  subMatrix,
  type Columns,
  type Matrix,
} from '../numeric/small-matrix.js';
import { inconsistency, residualHeterogeneity } from './heterogeneity-uni.js';
import { levelFraction } from './level.js';
import { residuals } from './projection.js';
import { DEFAULT_TAU2_CONTROL, NEEDS_POSITIVE_VI, TAU2_ESTIMATORS, type Tau2Control } from './tau2/index.js';
import type { TauMethod, TestType, UniMethod } from './types.js';

export const UNI_METHODS: readonly UniMethod[] = [
  'EE', 'FE', 'DL', 'HE', 'HS', 'HSk', 'SJ', 'ML', 'REML', 'EB', 'PM', 'PMM', 'GENQ',
];
export const TESTS: readonly TestType[] = ['z', 'knha', 't'];

export interface RmaUniOptions {
  readonly method?: UniMethod;
  readonly test?: TestType;
  /** 95 or 0.95. */
  readonly level?: number;
  /** Weights for the GENQ estimator (and for the weighted fit that goes with it). */
  readonly weights?: ArrayLike<number>;
  /** Fix τ² at this value instead of estimating it. */
  readonly tau2?: number;
  readonly control?: Partial<Tau2Control>;
}

export interface Coefficient {
  readonly name: string;
  readonly estimate: number;
  readonly se: number;
  readonly zval: number;
  readonly pval: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
}

export interface RmaUniFit {
  readonly k: number;
  readonly p: number;
  readonly method: UniMethod;
  readonly test: TestType;
  readonly level: number;
  readonly beta: readonly number[];
  readonly vb: Matrix;
  readonly coefficients: readonly Coefficient[];
  /** Critical value used for the coefficient CIs (normal or t). */
  readonly crit: number;
  readonly ddf: number;
  readonly QM: number;
  readonly QM_df: number;
  readonly QMp: number;
  readonly tau2: number;
  readonly se_tau2: number;
  readonly QE: number;
  readonly QE_df: number;
  readonly QEp: number;
  readonly I2: number;
  readonly H2: number;
  readonly vt: number;
  readonly yi: readonly number[];
  readonly vi: readonly number[];
  readonly X: Columns;
  readonly rows: readonly number[];
  readonly weights: readonly number[];
  readonly iterations: number;
  readonly warnings: readonly string[];
}

export interface ModelData {
  readonly y: Float64Array;
  readonly vi: Float64Array;
  readonly X: Float64Array[];
  readonly weights: Float64Array | undefined;
  readonly rows: number[];
  readonly warnings: string[];
}

/** Drop rows with a missing outcome, variance, moderator or weight (metafor's na.omit), and validate. */
export function prepareModelData(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  X: Columns | undefined,
  weights: ArrayLike<number> | undefined,
): ModelData {
  if (yi.length !== vi.length) {
    throw new InputError(`yi has ${yi.length} values but vi has ${vi.length}.`, { field: 'vi' });
  }
  const cols = X ?? [new Float64Array(yi.length).fill(1)];
  const rows: number[] = [];
  for (let i = 0; i < yi.length; i++) {
    if (vi[i] < 0) {
      throw new InputError(`Sampling variance vi must not be negative (got ${vi[i]}).`, {
        field: 'vi',
        row: i,
        value: vi[i],
      });
    }
    if (weights !== undefined && weights[i] < 0) {
      throw new InputError(`Weights must not be negative (got ${weights[i]}).`, { field: 'weights', row: i });
    }
    let missing = Number.isNaN(yi[i]) || Number.isNaN(vi[i]) || (weights !== undefined && Number.isNaN(weights[i]));
    for (let j = 0; j < cols.length && !missing; j++) missing = Number.isNaN(cols[j][i]);
    if (!missing) rows.push(i);
  }
  const warnings: string[] = [];
  const dropped = yi.length - rows.length;
  if (dropped > 0) {
    warnings.push(`${dropped} ${dropped === 1 ? 'study' : 'studies'} with a missing outcome or variance left out.`);
  }
  if (rows.length === 0) {
    throw new InputError('No study has both an effect size and a sampling variance (k = 0).', { field: 'yi' });
  }
  const pick = (v: ArrayLike<number>) => {
    const out = new Float64Array(rows.length);
    for (let j = 0; j < rows.length; j++) out[j] = v[rows[j]];
    return out;
  };
  return {
    y: pick(yi),
    vi: pick(vi),
    X: cols.map(pick),
    weights: weights === undefined ? undefined : pick(weights),
    rows,
    warnings,
  };
}

function allFinite(x: Float64Array): boolean {
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) return false;
  return true;
}

function percentOf(x: Float64Array, total: number): number[] {
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = (100 * x[i]) / total;
  return out;
}

/** A leading column of ones is the intercept, as in model.matrix. */
function isIntercept(c: ArrayLike<number> | undefined): boolean {
  if (c === undefined) return false;
  for (let i = 0; i < c.length; i++) if (c[i] !== 1) return false;
  return true;
}

function defaultNames(X: Columns): string[] {
  return X.map((_, j) => (j === 0 && isIntercept(X[0]) ? 'intrcpt' : `x${j}`));
}

/** Fit rma.uni to prepared data (see prepareModelData). */
export function fitPrepared(
  data: ModelData,
  options: RmaUniOptions = {},
  names: readonly string[] = defaultNames(data.X),
  /** Skip what a permutation or resampling loop never reads: QE, I², H² (NaN) and the copies of yi, vi and weights. */
  lean = false,
): RmaUniFit {
  const method = options.method ?? 'REML';
  let test = options.test ?? 'z';
  if (!UNI_METHODS.includes(method)) {
    throw new InputError(`Unknown method '${method}'. Use one of ${UNI_METHODS.join(', ')}.`, { field: 'method' });
  }
  if (!TESTS.includes(test)) {
    throw new InputError(`Unknown test '${test}'. Use z, knha or t.`, { field: 'test' });
  }
  const level = levelFraction(options.level ?? 95);
  const alpha = 1 - level;
  const control: Tau2Control = { ...DEFAULT_TAU2_CONTROL, ...options.control };
  const { y, vi, X, rows } = data;
  const warnings = [...data.warnings];
  const k = y.length;
  const p = X.length;
  if (k < p) throw new InputError(`Too few studies (k = ${k}) for ${p} coefficients.`, { field: 'yi' });
  const fixed = method === 'EE' || method === 'FE';
  if (k === 1 && test !== 'z') {
    // a t distribution on k − p = 0 df is undefined; metafor falls back to the z test too
    warnings.push(`With one study the ${test} test is not defined; the z test is used instead.`);
    test = 'z';
  }
  if (method === 'GENQ' && data.weights === undefined) {
    throw new InputError("The GENQ estimator needs 'weights' (one per study).", { field: 'weights' });
  }

  // τ²: metafor estimates it from mean-centred outcomes, for stability
  let tau2 = 0;
  let se_tau2 = NaN;
  let iterations = 0;
  if (!fixed) {
    if (options.tau2 !== undefined) {
      tau2 = options.tau2;
    } else if (k > 1) {
      if (NEEDS_POSITIVE_VI.has(method as TauMethod) && !allPositive(vi)) {
        throw new InputError(`The ${method} estimator needs every sampling variance vi to be positive.`, {
          field: 'vi',
          row: rows[vi.findIndex((v) => !(v > 0))],
        });
      }
      let mean = 0;
      for (let i = 0; i < k; i++) mean += y[i];
      mean /= k;
      const centred = new Float64Array(k);
      for (let i = 0; i < k; i++) centred[i] = y[i] - mean;
      const interceptOnly = p === 1 && isIntercept(X[0]);
      const est = TAU2_ESTIMATORS[method as TauMethod]({ y: centred, vi, X, k, p, interceptOnly, weights: data.weights, control });
      tau2 = est.tau2;
      se_tau2 = est.se_tau2;
      iterations = est.iterations;
      warnings.push(...est.warnings);
    } else {
      warnings.push('Only one study: tau² is set to 0 and heterogeneity cannot be estimated.');
    }
  }

  // β̂ and its variance
  const w = new Float64Array(k);
  for (let i = 0; i < k; i++) w[i] = 1 / (vi[i] + tau2);
  if (!allFinite(w)) {
    throw new InputError('A sampling variance of 0 with tau² = 0 gives a study infinite weight.', { field: 'vi' });
  }
  const XtWX = crossprodWeighted(X, w);
  const C = invertSPD(XtWX);
  if (C === null) throw new InputError('The moderators are collinear: the model cannot be fitted.', { field: 'mods' });
  let beta = matVec(C, crossprodVector(X, w, y));
  let vb: Matrix = C;
  const useWeights = method === 'GENQ' && data.weights !== undefined;
  const betaIV = beta;
  if (useWeights) {
    const a = data.weights as Float64Array;
    const Ca = invertSPD(crossprodWeighted(X, a));
    if (Ca === null) throw new InputError('The weighted design is singular.', { field: 'weights' });
    beta = matVec(Ca, crossprodVector(X, a, y));
    // (X'AX)⁻¹ X'A M A X (X'AX)⁻¹ with M = diag(vᵢ + τ²)
    const mid = crossprodWeighted(X, Float64Array.from(a, (ai, i) => ai * ai * (vi[i] + tau2)));
    vb = Ca.map((row) => Ca[0].map((_, j) => row.reduce((s, c, r) => s + c * mid[r].reduce((t, m, q) => t + m * Ca[q][j], 0), 0)));
  }
  if (test === 'knha') {
    const e = residuals(X, betaIV, y);
    let rss = 0;
    for (let i = 0; i < k; i++) rss += w[i] * e[i] * e[i];
    const s2w = rss <= Number.EPSILON ? 0 : rss / (k - p);
    vb = scaleMatrix(vb, s2w);
    if (fixed) warnings.push('The Knapp–Hartung adjustment is meant for random-effects models.');
  }
  const tDist = test !== 'z';
  const ddf = tDist ? k - p : NaN;
  const crit = tDist ? (ddf > 0 ? tQuant(1 - alpha / 2, ddf) : NaN) : normalQuant(1 - alpha / 2);
  const coefficients: Coefficient[] = beta.map((b, j) => {
    const se = Math.sqrt(vb[j][j]);
    const zval = b / se;
    const pval = tDist ? (ddf > 0 ? tTwoSided(zval, ddf) : NaN) : normalTwoSided(zval);
    return { name: names[j], estimate: b, se, zval, pval, ci_lb: b - crit * se, ci_ub: b + crit * se };
  });

  // omnibus test of all coefficients but the intercept (or the lone coefficient)
  const btt = p > 1 && isIntercept(X[0]) ? X.slice(1).map((_, j) => j + 1) : X.map((_, j) => j);
  const vbInv = invertSPD(subMatrix(vb, btt));
  const m = btt.length;
  let QM = vbInv === null ? NaN : quadForm(vbInv, btt.map((j) => beta[j]));
  let QMp: number;
  if (tDist) {
    QM /= m;
    QMp = ddf > 0 ? fUpper(QM, m, ddf) : NaN;
  } else {
    QMp = chisqUpper(QM, m);
  }

  const het = lean ? { QE: NaN, QE_df: k - p, QEp: NaN, vt: NaN, saturated: false } : residualHeterogeneity(y, vi, X);
  const { I2, H2 } = inconsistency(het, tau2, fixed);
  const wts = useWeights ? (data.weights as Float64Array) : w;
  let wsum = 0;
  for (let i = 0; i < k; i++) wsum += wts[i];
  return {
    k,
    p,
    method,
    test,
    level: level * 100,
    beta,
    vb,
    coefficients,
    crit,
    ddf,
    QM,
    QM_df: m,
    QMp,
    tau2,
    se_tau2,
    QE: het.QE,
    QE_df: het.QE_df,
    QEp: het.QEp,
    I2,
    H2,
    vt: het.vt,
    yi: lean ? [] : Array.from(y),
    vi: lean ? [] : Array.from(vi),
    X,
    rows,
    weights: lean ? [] : percentOf(wts, wsum),
    iterations,
    warnings,
  };
}

/** rma.uni with moderators given as columns (omit X for an intercept-only model). */
export function fitRmaUni(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  X?: Columns,
  options: RmaUniOptions = {},
  names?: readonly string[],
): RmaUniFit {
  return fitPrepared(prepareModelData(yi, vi, X, options.weights), options, names);
}
