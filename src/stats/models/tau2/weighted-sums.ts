/**
 * The projection quantities a Fisher-scoring step needs, for any design X, in one pass
 * over the studies plus one for the residuals, with only p × p temporaries. With
 * W = diag(1/(vᵢ + τ²)), C = (X'WX)⁻¹ and Mⱼ = X'WʲX:
 *   y'Py = Σwᵢeᵢ², y'PPy = Σwᵢ²eᵢ², tr(P) = Σwᵢ − tr(C M₂),
 *   tr(PP) = Σwᵢ² − 2 tr(C M₃) + tr(C M₂ C M₂)
 * (the identities of ../projection.ts with D = E = I). The p × p matrices are flat,
 * row-major arrays and C comes from a Cholesky factorisation, so a step allocates
 * almost nothing: it runs thousands of times in a permutation test.
 */
import type { Columns } from '../../numeric/small-matrix.js';

export interface WeightedSums {
  readonly sw: number;
  readonly sw2: number;
  readonly qP: number;
  readonly qPP: number;
  readonly trP: number;
  readonly trPP: number;
}

/** Inverse of a flat symmetric positive definite p × p matrix, in place into `out`; false if singular. */
function invertFlat(M: Float64Array, p: number, out: Float64Array): boolean {
  const L = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let s = M[j * p + j];
    for (let r = 0; r < j; r++) s -= L[j * p + r] * L[j * p + r];
    if (!(s > 0)) return false;
    const d = Math.sqrt(s);
    L[j * p + j] = d;
    for (let i = j + 1; i < p; i++) {
      let t = M[i * p + j];
      for (let r = 0; r < j; r++) t -= L[i * p + r] * L[j * p + r];
      L[i * p + j] = t / d;
    }
  }
  // columns of M⁻¹ by forward and back substitution
  const z = new Float64Array(p);
  for (let c = 0; c < p; c++) {
    for (let i = 0; i < p; i++) {
      let t = i === c ? 1 : 0;
      for (let r = 0; r < i; r++) t -= L[i * p + r] * z[r];
      z[i] = t / L[i * p + i];
    }
    for (let i = p - 1; i >= 0; i--) {
      let t = z[i];
      for (let r = i + 1; r < p; r++) t -= L[r * p + i] * out[r * p + c];
      out[i * p + c] = t / L[i * p + i];
    }
  }
  return true;
}

/** tr(A B) for flat symmetric p × p matrices. */
function traceProduct(A: Float64Array, B: Float64Array, p: number): number {
  let s = 0;
  for (let i = 0; i < p * p; i++) s += A[i] * B[i];
  return s;
}

export function weightedSums(X: Columns, y: ArrayLike<number>, vi: ArrayLike<number>, tau2: number): WeightedSums | null {
  const p = X.length;
  const k = y.length;
  const pp = p * p;
  const M1 = new Float64Array(pp);
  const M2 = new Float64Array(pp);
  const M3 = new Float64Array(pp);
  const xy = new Float64Array(p);
  let sw = 0;
  let sw2 = 0;
  for (let i = 0; i < k; i++) {
    const w = 1 / (vi[i] + tau2);
    const w2 = w * w;
    const w3 = w2 * w;
    sw += w;
    sw2 += w2;
    for (let a = 0; a < p; a++) {
      const xa = X[a][i];
      xy[a] += w * xa * y[i];
      for (let c = 0; c <= a; c++) {
        const t = xa * X[c][i];
        M1[a * p + c] += w * t;
        M2[a * p + c] += w2 * t;
        M3[a * p + c] += w3 * t;
      }
    }
  }
  for (let a = 0; a < p; a++) {
    for (let c = 0; c < a; c++) {
      M1[c * p + a] = M1[a * p + c];
      M2[c * p + a] = M2[a * p + c];
      M3[c * p + a] = M3[a * p + c];
    }
  }
  const C = new Float64Array(pp);
  if (!invertFlat(M1, p, C)) return null;
  const beta = new Float64Array(p);
  for (let a = 0; a < p; a++) for (let c = 0; c < p; c++) beta[a] += C[a * p + c] * xy[c];
  let qP = 0;
  let qPP = 0;
  for (let i = 0; i < k; i++) {
    let fit = 0;
    for (let a = 0; a < p; a++) fit += X[a][i] * beta[a];
    const w = 1 / (vi[i] + tau2);
    const we = w * (y[i] - fit);
    qP += we * (y[i] - fit);
    qPP += we * we;
  }
  // C M₂ (not symmetric); tr(C M₂ C M₂) = Σ (CM₂)ᵢⱼ (CM₂)ⱼᵢ
  const CM2 = new Float64Array(pp);
  for (let a = 0; a < p; a++) for (let c = 0; c < p; c++) {
    let s = 0;
    for (let r = 0; r < p; r++) s += C[a * p + r] * M2[r * p + c];
    CM2[a * p + c] = s;
  }
  let trCM2CM2 = 0;
  for (let a = 0; a < p; a++) for (let c = 0; c < p; c++) trCM2CM2 += CM2[a * p + c] * CM2[c * p + a];
  return {
    sw,
    sw2,
    qP,
    qPP,
    trP: sw - traceProduct(C, M2, p),
    trPP: sw2 - 2 * traceProduct(C, M3, p) + trCM2CM2,
  };
}
