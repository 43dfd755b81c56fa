/**
 * Dense p × p helpers for the small matrices of a meta-regression (p = number of
 * coefficients, rarely above 10). Work that grows with k, the number of studies,
 * never builds a k × k matrix: see ../models/projection.ts.
 */

export type Matrix = number[][];

/** Columns of the design matrix: X[j][i] is coefficient j's value for study i. */
export type Columns = readonly (ArrayLike<number>)[];

/** X' diag(d) X for X given by columns. */
export function crossprodWeighted(X: Columns, d: ArrayLike<number>): Matrix {
  const p = X.length;
  const k = d.length;
  const out: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let a = 0; a < p; a++) {
    const xa = X[a];
    for (let b = a; b < p; b++) {
      const xb = X[b];
      let s = 0;
      for (let i = 0; i < k; i++) s += xa[i] * d[i] * xb[i];
      out[a][b] = s;
      out[b][a] = s;
    }
  }
  return out;
}

/** X' diag(d) y. */
export function crossprodVector(X: Columns, d: ArrayLike<number>, y: ArrayLike<number>): number[] {
  const k = d.length;
  return X.map((x) => {
    let s = 0;
    for (let i = 0; i < k; i++) s += x[i] * d[i] * y[i];
    return s;
  });
}

/** Cholesky factor L (lower) of a symmetric positive definite matrix, or null if it is not. */
export function cholesky(M: Matrix): Matrix | null {
  const p = M.length;
  const L: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    let s = M[j][j];
    for (let r = 0; r < j; r++) s -= L[j][r] * L[j][r];
    if (!(s > 0)) return null;
    L[j][j] = Math.sqrt(s);
    for (let i = j + 1; i < p; i++) {
      let t = M[i][j];
      for (let r = 0; r < j; r++) t -= L[i][r] * L[j][r];
      L[i][j] = t / L[j][j];
    }
  }
  return L;
}

/** Inverse of a symmetric positive definite matrix via its Cholesky factor; null if singular. */
export function invertSPD(M: Matrix): Matrix | null {
  const L = cholesky(M);
  if (L === null) return null;
  const p = M.length;
  // invert L (lower triangular), then M^-1 = L^-T L^-1
  const Li: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    Li[j][j] = 1 / L[j][j];
    for (let i = j + 1; i < p; i++) {
      let s = 0;
      for (let r = j; r < i; r++) s -= L[i][r] * Li[r][j];
      Li[i][j] = s / L[i][i];
    }
  }
  const out: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      let s = 0;
      for (let r = b; r < p; r++) s += Li[r][a] * Li[r][b];
      out[a][b] = s;
      out[b][a] = s;
    }
  }
  return out;
}

/** log |M| of a symmetric positive definite matrix (NaN if it is not). */
export function logDetSPD(M: Matrix): number {
  const L = cholesky(M);
  if (L === null) return NaN;
  let s = 0;
  for (let j = 0; j < L.length; j++) s += Math.log(L[j][j]);
  return 2 * s;
}

/** tr(A B) for square matrices of equal size. */
export function traceOfProduct(A: Matrix, B: Matrix): number {
  let s = 0;
  for (let i = 0; i < A.length; i++) for (let j = 0; j < A.length; j++) s += A[i][j] * B[j][i];
  return s;
}

/** M v. */
export function matVec(M: Matrix, v: readonly number[]): number[] {
  return M.map((row) => row.reduce((s, m, j) => s + m * v[j], 0));
}

/** Quadratic form v' M v. */
export function quadForm(M: Matrix, v: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) for (let j = 0; j < v.length; j++) s += v[i] * M[i][j] * v[j];
  return s;
}

/** Submatrix of the given rows and columns. */
export function subMatrix(M: Matrix, idx: readonly number[]): Matrix {
  return idx.map((i) => idx.map((j) => M[i][j]));
}

/** c · M. */
export function scaleMatrix(M: Matrix, c: number): Matrix {
  return M.map((row) => row.map((m) => m * c));
}
