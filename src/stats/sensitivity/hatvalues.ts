/**
 * Leverages of a fitted rma.uni model (metafor's hatvalues.rma.uni): the diagonal of
 * H = X (X'WX)⁻¹ X'W with W = diag(1/(vᵢ + τ̂²)), or the user's weights for GENQ
 * (Viechtbauer & Cheung 2010, Res Synth Methods 1:112), hᵢ = wᵢ xᵢ'(X'WX)⁻¹xᵢ,
 * in O(k p²) without forming H. H does not change when W is rescaled, so the fit's
 * percentage weights serve as W. Values
 * within 10 ε of 1 are set to 1, as R's lm.influence does. They sum to p.
 * dat.bcg (log RR), REML: h₁ = 0.0506.
 */
import { InputError } from '../errors.js';
import type { RmaUniFit } from '../models/rma-uni.js';
import { crossprodWeighted, invertSPD } from '../numeric/small-matrix.js';
import { quadAt } from './linear.js';

export function hatvalues(fit: RmaUniFit): number[] {
  const w = fit.weights;
  const C = invertSPD(crossprodWeighted(fit.X, w));
  if (C === null) throw new InputError('The moderators are collinear: leverages are undefined.', { field: 'mods' });
  return w.map((wi, i) => {
    const h = wi * quadAt(fit.X, i, C);
    return h > 1 - 10 * Number.EPSILON ? 1 : h;
  });
}
