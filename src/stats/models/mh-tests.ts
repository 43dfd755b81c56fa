/**
 * The two tests metafor 3.8's rma.mh reports for odds ratios.
 *
 * Cochran–Mantel–Haenszel test of ψ = 1 (Mantel & Haenszel 1959, J Natl Cancer
 * Inst 22:719), with the hypergeometric variance and, by default, Yates-type
 * continuity correction:
 *   MH = (|Σ (aᵢ − n1ᵢxᵢ/Nᵢ)| − ½)² / Σ n1ᵢn2ᵢxᵢyᵢ / (Nᵢ²(Nᵢ − 1)),  χ² on 1 df,
 * with xᵢ = aᵢ + cᵢ events and yᵢ = bᵢ + dᵢ non-events. (metafor squares the
 * corrected difference even when |Σ(aᵢ − Eᵢ)| < ½, and so do we.)
 *
 * Tarone's (1985, Biometrika 72:91) correction of the Breslow–Day test of
 * homogeneity of the odds ratios: Âᵢ solves (Âᵢ(Nᵢ − n1ᵢ − xᵢ + Âᵢ)) / ((n1ᵢ − Âᵢ)(xᵢ − Âᵢ)) = ψ̂
 * (the smaller quadratic root), vᵢ = (1/Âᵢ + 1/B̂ᵢ + 1/Ĉᵢ + 1/D̂ᵢ)⁻¹ for the fitted cells, and over
 * the tables with Âᵢ > 0, xᵢ > 0, yᵢ > 0 (k⁺ of them)
 *   BD = Σ (aᵢ − Âᵢ)²/vᵢ,  TA = BD − (Σ (aᵢ − Âᵢ))² / Σ vᵢ,  χ² on k⁺ − 1 df.
 * dat.bcg: MH = 135.69, Tarone's TA = 171.76 (12 df).
 */
import { chisqUpper } from '../distributions/index.js';
import type { Tables } from './mh-tables.js';

export interface ChiSquareTest {
  readonly stat: number;
  readonly pval: number;
}

const NO_TEST: ChiSquareTest = { stat: NaN, pval: NaN };

/** Cochran–Mantel–Haenszel test; NaN when there are no events or no non-events at all. */
export function cmhTest(t: Tables, correct: boolean): ChiSquareTest {
  const { ai, bi, ci, di } = t;
  let diff = 0;
  let variance = 0;
  let events = 0;
  let nonEvents = 0;
  for (let i = 0; i < ai.length; i++) {
    const n1 = ai[i] + bi[i];
    const n2 = ci[i] + di[i];
    const n = n1 + n2;
    const x = ai[i] + ci[i];
    const y = bi[i] + di[i];
    diff += ai[i] - (n1 / n) * x;
    variance += (n1 / n) * (n2 / n) * x * (y / (n - 1));
    events += x;
    nonEvents += y;
  }
  if (events === 0 || nonEvents === 0) return NO_TEST;
  const stat = (Math.abs(diff) - (correct ? 0.5 : 0)) ** 2 / variance;
  return { stat, pval: chisqUpper(stat, 1) };
}

/** Tarone's test for heterogeneity of odds ratios around the MH estimate ψ̂ (NaN when ψ̂ is undefined). */
export function taroneTest(t: Tables, psi: number): ChiSquareTest {
  if (Number.isNaN(psi)) return NO_TEST;
  const { ai, bi, ci, di } = t;
  let bd = 0;
  let sumDiff = 0;
  let sumV = 0;
  let kPos = 0;
  for (let i = 0; i < ai.length; i++) {
    const n1 = ai[i] + bi[i];
    const n = n1 + ci[i] + di[i];
    const x = ai[i] + ci[i];
    const y = bi[i] + di[i];
    let A11: number;
    if (psi === 1) {
      A11 = (n1 / n) * x;
    } else {
      const A = psi * (n1 + x) + (n - n1 - x);
      const B = Math.sqrt(A * A - 4 * n1 * x * psi * (psi - 1));
      A11 = (A - B) / (2 * (psi - 1));
    }
    if (!(A11 > 0 && x > 0 && y > 0)) continue;
    kPos++;
    const v = 1 / (1 / A11 + 1 / (n1 - A11) + 1 / (x - A11) + 1 / (A11 - n1 - x + n));
    bd += (ai[i] - A11) ** 2 / v;
    sumDiff += ai[i] - A11;
    sumV += v;
  }
  bd = Math.max(0, bd);
  const stat = Math.max(0, bd - sumDiff ** 2 / sumV);
  return { stat, pval: kPos > 1 ? chisqUpper(stat, kPos - 1) : NaN };
}
