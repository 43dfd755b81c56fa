/**
 * RevMan 5's Mantel–Haenszel fixed-effect estimates (Deeks & Higgins, Statistical
 * algorithms in Review Manager 5, 2010, "Mantel-Haenszel methods"; Greenland &
 * Robins 1985; Robins, Breslow & Greenland 1986), over the estimable rows and
 * on the cells after RevMan's zero-cell rule:
 * - OR: Σ(ad/N) / Σ(bc/N), SE(ln OR) from Robins–Breslow–Greenland's E, F, G, R, S;
 * - RR: Σ(a n₂/N) / Σ(c n₁/N), SE² = P/(RS), P = Σ(n₁n₂(a + c) − acN)/N²;
 * - RD: Σ w·RD / Σ w with w = n₁n₂/N, the RD of the raw counts, SE² = J/K²,
 *   J = Σ(ab n₂³ + cd n₁³)/(n₁n₂N²), K = Σ w.
 * Fleiss 1993 aspirin trials (7 rows): OR 0.8969 [0.8405, 0.9570].
 */
import { correctedCells, rawCells } from './zero-cells.js';
import type { DichRow } from './types.js';

export interface FixedEstimate {
  readonly estimate: number;
  readonly se: number;
  /** Un-normalised weight of each row (0 for rows left out). */
  readonly weights: readonly number[];
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

export function mhOddsRatio(rows: readonly DichRow[], use: readonly boolean[]): FixedEstimate {
  const t = rows.map((r, i) => (use[i] ? correctedCells(r) : undefined));
  const R = sum(t.map((k) => (k ? (k.a * k.d) / k.N : 0)));
  const S = sum(t.map((k) => (k ? (k.b * k.c) / k.N : 0)));
  const E = sum(t.map((k) => (k ? ((k.a + k.d) * k.a * k.d) / k.N ** 2 : 0)));
  const F = sum(t.map((k) => (k ? ((k.a + k.d) * k.b * k.c + (k.b + k.c) * k.a * k.d) / k.N ** 2 : 0)));
  const G = sum(t.map((k) => (k ? ((k.b + k.c) * k.b * k.c) / k.N ** 2 : 0)));
  const se = Math.sqrt(0.5 * (E / (R * R) + F / (R * S) + G / (S * S)));
  return { estimate: Math.log(R / S), se, weights: t.map((k) => (k ? (k.b * k.c) / k.N : 0)) };
}

export function mhRiskRatio(rows: readonly DichRow[], use: readonly boolean[]): FixedEstimate {
  const t = rows.map((r, i) => (use[i] ? correctedCells(r) : undefined));
  const R = sum(t.map((k) => (k ? (k.a * k.n2) / k.N : 0)));
  const S = sum(t.map((k) => (k ? (k.c * k.n1) / k.N : 0)));
  const P = sum(t.map((k) => (k ? (k.n1 * k.n2 * (k.a + k.c) - k.a * k.c * k.N) / k.N ** 2 : 0)));
  return { estimate: Math.log(R / S), se: Math.sqrt(P / (R * S)), weights: t.map((k) => (k ? (k.c * k.n1) / k.N : 0)) };
}

export function mhRiskDifference(rows: readonly DichRow[], use: readonly boolean[]): FixedEstimate {
  const t = rows.map((r, i) => (use[i] ? correctedCells(r) : undefined));
  const w = t.map((k) => (k ? (k.n1 * k.n2) / k.N : 0));
  const K = sum(w);
  const rd = rows.map((r) => {
    const x = rawCells(r);
    return x.a / x.n1 - x.c / x.n2;
  });
  const J = sum(t.map((k) => (k ? (k.a * k.b * k.n2 ** 3 + k.c * k.d * k.n1 ** 3) / (k.n1 * k.n2 * k.N ** 2) : 0)));
  const estimate = sum(w.map((wi, i) => (wi > 0 ? wi * rd[i] : 0))) / K;
  return { estimate, se: Math.sqrt(J) / K, weights: w };
}
