/**
 * Fail-safe N, as metafor 3.8's `fsn()`: how many unpublished null studies would
 * overturn the conclusion.
 *   Rosenthal (1979, Psychol Bull 86:638): with zᵢ = yᵢ/√vᵢ and Stouffer's
 *     z̄ = |Σzᵢ|/√k, N = k(z̄/z₁₋α)² − k (one-sided α).
 *   Orwin (1983, J Educ Stat 8:157): N = k(ȳ − target)/target, with ȳ the (optionally
 *     inverse-variance weighted) mean and target ȳ/2 by default.
 *   Rosenberg (2005, Evolution 59:464, eq. 3): with wᵢ = 1/vᵢ and the equal-effects
 *     test, N = k[(Σwᵢyᵢ/z₁₋α/₂)² − Σwᵢ]/Σwᵢ.
 * N is rounded up to a whole number of studies, as metafor does, and is at least 0.
 * dat.bcg (log RR): Rosenthal 598 (p = 8.8e−30), Orwin 13, Rosenberg 370.
 */
import { InputError } from '../errors.js';
import { normalQuant, normalUpper } from '../distributions/index.js';

export type FsnType = 'Rosenthal' | 'Orwin' | 'Rosenberg';

export interface FsnOptions {
  readonly type?: FsnType;
  /** Target significance level (Rosenthal: one-sided; Rosenberg: two-sided). Default 0.05. */
  readonly alpha?: number;
  /** Orwin: the effect size to reduce the mean to (default half the mean). */
  readonly target?: number;
  /** Orwin: inverse-variance weighted mean instead of the plain mean. */
  readonly weighted?: boolean;
}

export interface FsnResult {
  readonly type: FsnType;
  readonly fsnum: number;
  readonly alpha: number;
  /** Observed significance level (Rosenthal, Rosenberg); NaN for Orwin. */
  readonly pval: number;
  /** Mean effect size (Orwin, Rosenberg); NaN for Rosenthal. */
  readonly meanes: number;
  /** Orwin's target effect size; NaN otherwise. */
  readonly target: number;
}

const TYPES: readonly FsnType[] = ['Rosenthal', 'Orwin', 'Rosenberg'];
const SQRT_EPS = Math.sqrt(Number.EPSILON);

function wholeStudies(n: number): number {
  return Number.isFinite(n) && Math.abs(n - Math.round(n)) >= SQRT_EPS ? Math.ceil(n) : Math.round(n);
}

export function fsn(yi: ArrayLike<number>, vi: ArrayLike<number> | undefined, options: FsnOptions = {}): FsnResult {
  const type = options.type ?? 'Rosenthal';
  const alpha = options.alpha ?? 0.05;
  if (!TYPES.includes(type)) {
    throw new InputError(`Unknown type '${type}'. Use Rosenthal, Orwin or Rosenberg.`, { field: 'type', value: type });
  }
  if (!(alpha > 0 && alpha < 1)) {
    throw new InputError(`alpha must be between 0 and 1 (got ${alpha}).`, { field: 'alpha', value: alpha });
  }
  const needsVi = type !== 'Orwin' || options.weighted === true;
  if (needsVi && vi === undefined) {
    throw new InputError(`The ${type} fail-safe N needs the sampling variances 'vi'.`, { field: 'vi' });
  }
  if (vi !== undefined && vi.length !== yi.length) {
    throw new InputError(`yi has ${yi.length} values but vi has ${vi.length}.`, { field: 'vi' });
  }
  const y: number[] = [];
  const v: number[] = [];
  for (let i = 0; i < yi.length; i++) {
    const vv = needsVi ? (vi as ArrayLike<number>)[i] : 0;
    if (Number.isNaN(yi[i]) || Number.isNaN(vv)) continue;
    y.push(yi[i]);
    v.push(vv);
  }
  const k = y.length;
  if (k === 0) throw new InputError('No study has both an effect size and a sampling variance (k = 0).', { field: 'yi' });
  const base = { type, alpha, pval: NaN, meanes: NaN, target: NaN };

  if (type === 'Rosenthal') {
    let zsum = 0;
    for (let i = 0; i < k; i++) zsum += y[i] / Math.sqrt(v[i]);
    const zavg = Math.abs(zsum / Math.sqrt(k));
    const fsnum = Math.max(0, k * (zavg / normalQuant(1 - alpha)) ** 2 - k);
    return { ...base, pval: normalUpper(zavg), fsnum: wholeStudies(fsnum) };
  }

  let sw = 0;
  let swy = 0;
  for (let i = 0; i < k; i++) {
    const w = 1 / v[i];
    sw += w;
    swy += w * y[i];
  }
  if (type === 'Rosenberg') {
    const meanes = swy / sw;
    const zval = meanes / Math.sqrt(1 / sw);
    const wp = (swy / normalQuant(1 - alpha / 2)) ** 2 - sw;
    const fsnum = Math.max(0, (k * wp) / sw);
    return { ...base, pval: 2 * normalUpper(Math.abs(zval)), meanes, fsnum: wholeStudies(fsnum) };
  }

  const meanes = options.weighted === true ? swy / sw : y.reduce((s, x) => s + x, 0) / k;
  let target = options.target ?? meanes / 2;
  if (target === 0) return { ...base, meanes, target, fsnum: Infinity };
  if (Math.sign(target) !== Math.sign(meanes)) target = -target;
  return { ...base, meanes, target, fsnum: wholeStudies(Math.max(0, (k * (meanes - target)) / target)) };
}
