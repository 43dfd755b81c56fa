/**
 * Weighted least squares with a multiplicative dispersion parameter, as R's
 * `summary(lm(y ~ X - 1, weights = w))`: β̂ = (X'WX)⁻¹X'Wy,
 * σ̂² = Σwᵢ(yᵢ − xᵢ'β̂)²/(k − p), Var(β̂) = σ̂²(X'WX)⁻¹, t tests and CIs on k − p df.
 * This is the "classic" Egger regression (Egger et al. 1997, BMJ 315:629, with the
 * precision-weighted form of Sterne & Egger 2005, ch. 6 of Rothstein et al.,
 * Publication Bias in Meta-Analysis) and the PET and PEESE fits of Stanley &
 * Doucouliagos (2014, Res Synth Methods 5:60).
 */
import { InputError } from '../errors.js';
import { tQuant, tTwoSided } from '../distributions/index.js';
import { crossprodVector, crossprodWeighted, invertSPD, matVec, type Columns } from '../numeric/small-matrix.js';

export interface WlsCoefficient {
  readonly name: string;
  readonly estimate: number;
  readonly se: number;
  readonly tval: number;
  readonly pval: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
}

export interface WlsFit {
  readonly k: number;
  readonly p: number;
  /** Residual degrees of freedom, k − p. */
  readonly ddf: number;
  /** Residual standard error σ̂ (R's `sigma()`). */
  readonly sigma: number;
  readonly coefficients: readonly WlsCoefficient[];
}

/** Fit y on the columns X with weights w; level is a fraction (0.95). */
export function weightedLm(
  y: ArrayLike<number>,
  X: Columns,
  w: ArrayLike<number>,
  names: readonly string[],
  level = 0.95,
): WlsFit {
  const k = y.length;
  const p = X.length;
  const ddf = k - p;
  const C = invertSPD(crossprodWeighted(X, w));
  if (C === null) {
    throw new InputError('The design of the weighted regression is singular (a predictor is constant or collinear).', {
      field: 'predictor',
    });
  }
  const beta = matVec(C, crossprodVector(X, w, y));
  let rss = 0;
  for (let i = 0; i < k; i++) {
    let fitted = 0;
    for (let j = 0; j < p; j++) fitted += X[j][i] * beta[j];
    rss += w[i] * (y[i] - fitted) ** 2;
  }
  const s2 = ddf > 0 ? rss / ddf : NaN;
  const crit = ddf > 0 ? tQuant(1 - (1 - level) / 2, ddf) : NaN;
  const coefficients = beta.map((b, j) => {
    const se = Math.sqrt(s2 * C[j][j]);
    const tval = b / se;
    return {
      name: names[j],
      estimate: b,
      se,
      tval,
      pval: tTwoSided(tval, ddf),
      ci_lb: b - crit * se,
      ci_ub: b + crit * se,
    };
  });
  return { k, p, ddf, sigma: Math.sqrt(s2), coefficients };
}
