/**
 * Leave-one-out sensitivity analysis (metafor's leave1out.rma.uni; Viechtbauer &
 * Cheung 2010, Res Synth Methods 1:112): the pooled model refitted k times,
 * each time without one study, τ² re-estimated in every refit. Intercept-only models,
 * as in metafor. Each refit costs O(k), so the whole analysis O(k²) for moment
 * estimators and O(k² · iterations) for the iterative ones.
 * dat.bcg (log RR), REML, without study 1: b = −0.7071, τ² = 0.3362.
 */
import { InputError } from '../errors.js';
import { fitPrepared, prepareModelData, type RmaUniOptions } from '../models/rma-uni.js';
import { pooledRow, type PooledRow } from './pooled-row.js';
import { allBut, refit } from './subset.js';

export interface Leave1outResult {
  readonly k: number;
  readonly method: string;
  readonly test: string;
  readonly level: number;
  /** One row per study with an outcome and a variance, in input order. */
  readonly rows: readonly PooledRow[];
}

export function leave1out(yi: ArrayLike<number>, vi: ArrayLike<number>, options: RmaUniOptions = {}): Leave1outResult {
  const data = prepareModelData(yi, vi, undefined, options.weights);
  const full = fitPrepared(data, options);
  const k = full.k;
  if (k === 1) throw new InputError('Leave-one-out needs at least two studies (k = 1).', { field: 'yi' });
  const rows: PooledRow[] = [];
  for (let i = 0; i < k; i++) rows.push(pooledRow(data.rows[i], refit(data, allBut(k, i), options)));
  return { k, method: full.method, test: full.test, level: full.level, rows };
}
