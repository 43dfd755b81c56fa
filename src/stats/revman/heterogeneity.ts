/**
 * RevMan 5's heterogeneity statistics (Deeks & Higgins, Statistical algorithms
 * in Review Manager 5, 2010, "Heterogeneity"; Higgins & Thompson 2002;
 * DerSimonian & Laird 1986):
 * - Q = Σwᵢ(yᵢ − θ̂)² with inverse-variance weights wᵢ = 1/SEᵢ², measured around
 *   the fixed-effect estimate of the chosen method — the Mantel–Haenszel
 *   estimate for M-H outcomes, which is why RevMan's Chi² differs from metafor's;
 * - I² = 100 (Q − df)/Q, 0 when Q ≤ df;
 * - τ² = max(0, (Q − df)/(Σw − Σw²/Σw)).
 */
import type { StudyEffect } from './types.js';

export function cochranQ(effects: readonly StudyEffect[], center: number): number {
  let q = 0;
  for (const e of effects) if (e.estimable) q += ((e.yi - center) / e.se) ** 2;
  return q;
}

export function i2FromQ(Q: number, df: number): number {
  return Q > df && Q > 0 ? (100 * (Q - df)) / Q : 0;
}

export function dlTau2(effects: readonly StudyEffect[], Q: number, df: number): number {
  let sw = 0;
  let sw2 = 0;
  for (const e of effects) {
    if (!e.estimable) continue;
    const w = 1 / (e.se * e.se);
    sw += w;
    sw2 += w * w;
  }
  const c = sw - sw2 / sw;
  return df > 0 && c > 0 ? Math.max(0, (Q - df) / c) : 0;
}
