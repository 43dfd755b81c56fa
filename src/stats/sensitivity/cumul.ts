/**
 * Cumulative meta-analysis (Lau et al. 1992, N Engl J Med 327:248; metafor's
 * cumul.rma.uni): the studies are added one at a time in the given order and the
 * pooled model is refitted after each addition. Studies missing an outcome or a
 * variance are skipped, as with metafor's default na.omit. The first step has one
 * study, so τ² = 0 and the z test are used there, as rma.uni does for k = 1.
 * dat.bcg (log RR), REML, ordered by year: after all 13 studies b = −0.7145.
 */
import { InputError } from '../errors.js';
import { fitPrepared, prepareModelData, type RmaUniOptions } from '../models/rma-uni.js';
import { pooledRow, type PooledRow } from './pooled-row.js';
import { refit } from './subset.js';

export interface CumulResult {
  readonly k: number;
  readonly method: string;
  readonly test: string;
  readonly level: number;
  /** Input indices in the order the studies were added (missing studies left out). */
  readonly order: readonly number[];
  /** Row i: the model fitted to the first i + 1 studies; `row` is the study added. */
  readonly rows: readonly PooledRow[];
}

/**
 * `order` lists input indices (0-based) in the order the studies enter; it defaults to
 * input order. For metafor's `order = v` (a sorting variable) pass sortOrder(v).
 */
export function cumul(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  options: RmaUniOptions = {},
  order?: ArrayLike<number>,
): CumulResult {
  const n = yi.length;
  const data = prepareModelData(yi, vi, undefined, options.weights);
  const full = fitPrepared(data, options);
  const ord = order === undefined ? Array.from({ length: n }, (_, i) => i) : Array.from(order);
  const seen = new Uint8Array(n);
  if (ord.length !== n || ord.some((i) => !Number.isInteger(i) || i < 0 || i >= n || seen[i]++ > 0)) {
    throw new InputError(
      `'order' must list each of the ${n} studies once, as indices 0 to ${n - 1} (got ${ord.length} values).`,
      { field: 'order' },
    );
  }
  const position = new Int32Array(n).fill(-1);
  data.rows.forEach((r, j) => (position[r] = j));
  const entered = ord.filter((i) => position[i] >= 0);
  const idx = new Int32Array(entered.length);
  const rows: PooledRow[] = [];
  for (let s = 0; s < entered.length; s++) {
    idx[s] = position[entered[s]];
    rows.push(pooledRow(entered[s], refit(data, idx.subarray(0, s + 1), options)));
  }
  return {
    k: full.k,
    method: full.method,
    test: full.test,
    level: full.level,
    order: entered,
    rows,
  };
}
