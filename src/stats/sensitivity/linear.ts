/** Row-wise products with a design given as columns (X[j][i]): x_i'β and x_i'M x_i. */
import type { Columns, Matrix } from '../numeric/small-matrix.js';

export function fittedAt(X: Columns, i: number, beta: ArrayLike<number>): number {
  let s = 0;
  for (let j = 0; j < X.length; j++) s += X[j][i] * beta[j];
  return s;
}

export function quadAt(X: Columns, i: number, M: Matrix): number {
  let s = 0;
  for (let r = 0; r < X.length; r++) {
    let t = 0;
    for (let c = 0; c < X.length; c++) t += M[r][c] * X[c][i];
    s += X[r][i] * t;
  }
  return s;
}
