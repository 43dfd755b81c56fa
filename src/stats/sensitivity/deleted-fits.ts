/**
 * The k "deleted" fits behind metafor's influence.rma.uni and baujat.rma: the model
 * refitted without study i, τ² re-estimated (unless fixed), with the quantities the
 * case-deletion diagnostics of Viechtbauer & Cheung (2010, Res Synth Methods 1:112) are
 * built from: β̂₍ᵢ₎, Var(β̂₍ᵢ₎), τ̂²₍ᵢ₎, QE₍ᵢ₎, the Knapp–Hartung scale
 * s²₍ᵢ₎, and the deleted prediction xᵢ'β̂₍ᵢ₎ with its variance xᵢ'Var(β̂₍ᵢ₎)xᵢ.
 * Each refit is O(k p²); nothing k × k is formed.
 */
import { InputError } from '../errors.js';
import { fitPrepared, prepareModelData, type ModelData, type RmaUniFit, type RmaUniOptions } from '../models/rma-uni.js';
import { logDetSPD, type Columns } from '../numeric/small-matrix.js';
import { knhaScale } from './knha-scale.js';
import { fittedAt, quadAt } from './linear.js';
import { allBut, refit } from './subset.js';

export interface DeletedFits {
  readonly data: ModelData;
  readonly full: RmaUniFit;
  /** β̂₍ᵢ₎ by coefficient: beta[j][i]; NaN where the refit failed. */
  readonly beta: Float64Array[];
  /** log det Var(β̂₍ᵢ₎). */
  readonly logDetVb: Float64Array;
  readonly tau2: Float64Array;
  readonly QE: Float64Array;
  readonly s2w: Float64Array;
  readonly delpred: Float64Array;
  readonly vdelpred: Float64Array;
}

/** Fit the full model for a diagnostic that refits it k times. */
export function fitForDeletion(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  X: Columns | undefined,
  options: RmaUniOptions,
  names: readonly string[] | undefined,
  what: string,
): { data: ModelData; full: RmaUniFit } {
  if (options.weights !== undefined || options.method === 'GENQ') {
    throw new InputError(`${what} is available for inverse-variance weighted models only, not with user weights (GENQ).`, {
      field: 'weights',
    });
  }
  const data = prepareModelData(yi, vi, X, undefined);
  const full = fitPrepared(data, options, names);
  if (full.k === 1) throw new InputError(`${what} needs at least two studies (k = 1).`, { field: 'yi' });
  return { data, full };
}

export function deletedFits(
  data: ModelData,
  full: RmaUniFit,
  options: RmaUniOptions,
  names?: readonly string[],
): DeletedFits {
  const { k, p } = full;
  const nan = () => new Float64Array(k).fill(NaN);
  const out = {
    data,
    full,
    beta: Array.from({ length: p }, nan),
    logDetVb: nan(),
    tau2: nan(),
    QE: nan(),
    s2w: nan(),
    delpred: nan(),
    vdelpred: nan(),
  };
  for (let i = 0; i < k; i++) {
    const res = refit(data, allBut(k, i), options, names);
    if (res === null) continue;
    for (let j = 0; j < p; j++) out.beta[j][i] = res.beta[j];
    out.logDetVb[i] = logDetSPD(res.vb);
    out.tau2[i] = res.tau2;
    out.QE[i] = res.QE;
    out.s2w[i] = knhaScale(res);
    out.delpred[i] = fittedAt(data.X, i, res.beta);
    out.vdelpred[i] = quadAt(data.X, i, res.vb);
  }
  return out;
}
