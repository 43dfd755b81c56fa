/**
 * Coordinates of the Baujat plot (Baujat et al. 2002, Stat Med 21:2641; metafor's
 * baujat.rma for rma.uni models):
 *   x = (yᵢ − xᵢ'β̂)² / (vᵢ + τ̂²), the study's squared Pearson residual under the full
 *       model (its contribution to QE for an equal-effects model),
 *   y = (xᵢ'β̂₍ᵢ₎ − xᵢ'β̂)² / xᵢ'Var(β̂₍ᵢ₎)xᵢ, the influence of the study on the overall
 *       result (on its fitted value with moderators), β̂₍ᵢ₎ from the fit without it.
 * dat.bcg (log RR), FE: studies 4 and 8 have x = 51.1 and 49.4 of QE = 152.2.
 */
import type { RmaUniOptions } from '../models/rma-uni.js';
import type { Columns } from '../numeric/small-matrix.js';
import { deletedFits, fitForDeletion } from './deleted-fits.js';
import { fittedAt } from './linear.js';

export interface BaujatPoint {
  readonly row: number;
  readonly x: number;
  readonly y: number;
}

export function baujat(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  X?: Columns,
  options: RmaUniOptions = {},
  names?: readonly string[],
): BaujatPoint[] {
  const { data, full } = fitForDeletion(yi, vi, X, options, names, 'baujat()');
  const d = deletedFits(data, full, options, names);
  return Array.from(data.rows, (row, i) => {
    const pred = fittedAt(data.X, i, full.beta);
    const r = data.y[i] - pred;
    const e = Math.abs(r) < 100 * Number.EPSILON ? 0 : r;
    return { row, x: (e * e) / (data.vi[i] + full.tau2), y: (d.delpred[i] - pred) ** 2 / d.vdelpred[i] };
  });
}
