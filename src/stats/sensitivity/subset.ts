/**
 * Refits on a subset of the studies, as metafor's sensitivity functions do through
 * rma.uni's `subset` argument (Viechtbauer 2010, J Stat Softw 36(3)): the model
 * is re-estimated from scratch (τ² included) on the retained studies with the same
 * method, test, level, fixed τ² and control settings. A fit that fails (e.g. a
 * moderator that is constant among the remaining studies) yields null, which the
 * callers report as NaN, as metafor reports NA.
 */
import { InputError } from '../errors.js';
import { fitPrepared, type ModelData, type RmaUniFit, type RmaUniOptions } from '../models/rma-uni.js';

/** The studies at the given positions of already prepared data. */
export function subsetData(data: ModelData, idx: ArrayLike<number>): ModelData {
  const n = idx.length;
  const pick = (v: ArrayLike<number>) => {
    const out = new Float64Array(n);
    for (let j = 0; j < n; j++) out[j] = v[idx[j]];
    return out;
  };
  return {
    y: pick(data.y),
    vi: pick(data.vi),
    X: data.X.map(pick),
    weights: data.weights === undefined ? undefined : pick(data.weights),
    rows: Array.from(pick(data.rows)),
    warnings: [],
  };
}

/** Positions 0..k−1 except `skip`. */
export function allBut(k: number, skip: number): Int32Array {
  const idx = new Int32Array(k - 1);
  for (let i = 0, j = 0; i < k; i++) if (i !== skip) idx[j++] = i;
  return idx;
}

/** Fit the model to the studies at positions idx; null when the fit is not possible. */
export function refit(
  data: ModelData,
  idx: ArrayLike<number>,
  options: RmaUniOptions,
  names?: readonly string[],
): RmaUniFit | null {
  try {
    return fitPrepared(subsetData(data, idx), options, names);
  } catch (err) {
    if (err instanceof InputError) return null;
    throw err;
  }
}
