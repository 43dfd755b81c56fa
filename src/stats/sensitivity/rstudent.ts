/**
 * Externally studentized (deleted) residuals (metafor's rstudent.rma.uni; Viechtbauer
 * & Cheung 2010, Res Synth Methods 1:112):
 *   tᵢ = (yᵢ − xᵢ'β̂₍ᵢ₎) / √(s²₍ᵢ₎ (vᵢ + τ̂²₍ᵢ₎) + xᵢ'Var(β̂₍ᵢ₎)xᵢ),
 * with s²₍ᵢ₎ the Knapp–Hartung scale of the deleted fit (1 for the z and t tests), the
 * form under which tᵢ equals the mean-shift outlier test (metafor's comment). Residuals
 * below 100 ε in absolute value are set to 0, as metafor does.
 * dat.bcg (log RR), REML: t₁ = −0.2181.
 */
import type { RmaUniOptions } from '../models/rma-uni.js';
import type { Columns } from '../numeric/small-matrix.js';
import { deletedFits, fitForDeletion, type DeletedFits } from './deleted-fits.js';

export interface StudentizedRow {
  readonly row: number;
  readonly resid: number;
  readonly se: number;
  readonly z: number;
}

export function studentizedDeleted(d: DeletedFits, i: number): StudentizedRow {
  const v = d.data.vi[i];
  const r = d.data.y[i] - d.delpred[i];
  const resid = Math.abs(r) < 100 * Number.EPSILON ? 0 : r;
  const se = Math.sqrt(v * d.s2w[i] + d.vdelpred[i] + d.tau2[i] * d.s2w[i]);
  return { row: d.data.rows[i], resid, se, z: resid / se };
}

export function rstudent(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  X?: Columns,
  options: RmaUniOptions = {},
  names?: readonly string[],
): StudentizedRow[] {
  const { data, full } = fitForDeletion(yi, vi, X, options, names, 'rstudent()');
  const d = deletedFits(data, full, options, names);
  return Array.from({ length: full.k }, (_, i) => studentizedDeleted(d, i));
}
