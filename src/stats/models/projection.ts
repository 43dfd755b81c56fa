/**
 * The weighted residual projection P = A − A X (X'AX)⁻¹ X' A that every
 * moment and likelihood estimator of τ² is written in (Viechtbauer 2005,
 * J Educ Behav Stat 30:261; metafor's rma.uni), for a diagonal weight matrix
 * A = diag(a). Nothing here forms a k × k matrix: each quantity is reduced to
 * sums over studies and p × p products, so the cost is O(k p²).
 *
 *   P y        = A e,  e = y − X β̂_A           (β̂_A the weighted LS fit)
 *   y'P y      = Σ aᵢ eᵢ²
 *   y'P P y    = Σ aᵢ² eᵢ²
 *   tr(P D)    = Σ aᵢ dᵢ − tr(C X' diag(a² d) X),                 C = (X'AX)⁻¹
 *   tr(P D P E)= Σ aᵢ² dᵢ eᵢ − 2 tr(C X' diag(a³ d e) X) + tr(C M_d C M_e),
 *                M_d = X' diag(a² d) X
 * for diagonal D = diag(d), E = diag(e).
 */
import {
  crossprodVector,
  crossprodWeighted,
  invertSPD,
  matVec,
  traceOfProduct,
  type Columns,
  type Matrix,
} from '../numeric/small-matrix.js';

export interface Projection {
  readonly a: Float64Array;
  readonly X: Columns;
  /** (X'AX)⁻¹ */
  readonly C: Matrix;
}

/** Set up P for weights a; returns null when X'AX is singular. */
export function projection(X: Columns, a: Float64Array): Projection | null {
  const C = invertSPD(crossprodWeighted(X, a));
  return C === null ? null : { a, X, C };
}

/** Weighted least-squares coefficients (X'AX)⁻¹ X'A y. */
export function wlsCoefficients(P: Projection, y: ArrayLike<number>): number[] {
  return matVec(P.C, crossprodVector(P.X, P.a, y));
}

/** Residuals y − X β. */
export function residuals(X: Columns, beta: readonly number[], y: ArrayLike<number>): Float64Array {
  const k = y.length;
  const e = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let fit = 0;
    for (let j = 0; j < beta.length; j++) fit += X[j][i] * beta[j];
    e[i] = y[i] - fit;
  }
  return e;
}

/** y'P y, the weighted residual sum of squares (Cochran's Q when a = 1/v). */
export function quadP(P: Projection, y: ArrayLike<number>): number {
  const e = residuals(P.X, wlsCoefficients(P, y), y);
  let s = 0;
  for (let i = 0; i < e.length; i++) s += P.a[i] * e[i] * e[i];
  return s;
}

/** y'P P y. */
export function quadPP(P: Projection, y: ArrayLike<number>): number {
  const e = residuals(P.X, wlsCoefficients(P, y), y);
  let s = 0;
  for (let i = 0; i < e.length; i++) s += (P.a[i] * e[i]) ** 2;
  return s;
}

const ONE = (_i: number) => 1;

/** tr(P D) for D = diag(d); d defaults to the identity. */
export function traceP(P: Projection, d: (i: number) => number = ONE): number {
  const { a, X, C } = P;
  const k = a.length;
  let s = 0;
  const w = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const di = d(i);
    s += a[i] * di;
    w[i] = a[i] * a[i] * di;
  }
  return s - traceOfProduct(C, crossprodWeighted(X, w));
}

/** tr(P D P E) for diagonal D = diag(d), E = diag(e); both default to the identity. */
export function tracePDPE(P: Projection, d: (i: number) => number = ONE, e: (i: number) => number = ONE): number {
  const { a, X, C } = P;
  const k = a.length;
  let s = 0;
  const w3 = new Float64Array(k);
  const wd = new Float64Array(k);
  const we = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const di = d(i);
    const ei = e(i);
    const a2 = a[i] * a[i];
    s += a2 * di * ei;
    w3[i] = a2 * a[i] * di * ei;
    wd[i] = a2 * di;
    we[i] = a2 * ei;
  }
  const Md = crossprodWeighted(X, wd);
  const Me = crossprodWeighted(X, we);
  const CMd = C.map((row) => Md[0].map((_, j) => row.reduce((t, c, r) => t + c * Md[r][j], 0)));
  const CMe = C.map((row) => Me[0].map((_, j) => row.reduce((t, c, r) => t + c * Me[r][j], 0)));
  return s - 2 * traceOfProduct(C, crossprodWeighted(X, w3)) + traceOfProduct(CMd, CMe);
}

/** Σ aᵢ and Σ aᵢ². */
export function sumWeights(a: ArrayLike<number>): { s1: number; s2: number } {
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < a.length; i++) {
    s1 += a[i];
    s2 += a[i] * a[i];
  }
  return { s1, s2 };
}
