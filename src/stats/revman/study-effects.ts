/**
 * Each study row's own effect and standard error as RevMan 5 computes it
 * (Deeks & Higgins, Statistical algorithms in Review Manager 5, 2010, sections
 * "Individual study estimates"; Cochrane Handbook 5.1 §9.2 and §7.7.3):
 * - OR: ln(ad/bc), SE² = 1/a + 1/b + 1/c + 1/d;
 * - RR: ln((a/n₁)/(c/n₂)), SE² = 1/a − 1/n₁ + 1/c − 1/n₂;
 * - RD: a/n₁ − c/n₂ on the raw counts, SE² = ab/n₁³ + cd/n₂³ on the corrected cells;
 * - Peto OR: (O − E)/V with O − E = a − n₁(a + c)/N and V = n₁n₂(a + c)(b + d)/(N²(N − 1)), SE = 1/√V;
 * - MD: m₁ − m₂, SE² = s₁²/n₁ + s₂²/n₂;
 * - SMD: Hedges' g with the approximate correction 1 − 3/(4N − 9), SE² = N/(n₁n₂) + g²/(2(N − 3.94));
 * - generic inverse variance: the entered estimate (already on the log scale for ratios) and SE;
 * - O − E and variance: (O − E)/V, SE = 1/√V.
 * OR and RR use the cells after the zero-cell rule (zero-cells.ts).
 */
import { correctedCells, dichEstimable, rawCells } from './zero-cells.js';
import type { ContMeasure, ContRow, DichMeasure, DichRow, RevManData, StudyEffect } from './types.js';

const NOT_ESTIMABLE: StudyEffect = { yi: NaN, se: NaN, estimable: false };

function effect(yi: number, se: number): StudyEffect {
  return Number.isFinite(yi) && se > 0 && Number.isFinite(se) ? { yi, se, estimable: true } : NOT_ESTIMABLE;
}

/** Peto's observed-minus-expected and hypergeometric variance of the experimental events. */
export function petoTerms(row: DichRow): { oe: number; variance: number } {
  const { a, b, c, d, n1, n2, N } = rawCells(row);
  return { oe: a - (n1 * (a + c)) / N, variance: (n1 * n2 * (a + c) * (b + d)) / (N * N * (N - 1)) };
}

export function dichEffect(row: DichRow, measure: DichMeasure): StudyEffect {
  if (!dichEstimable(row, measure)) return NOT_ESTIMABLE;
  if (measure === 'PETO_OR') {
    const { oe, variance } = petoTerms(row);
    return effect(oe / variance, 1 / Math.sqrt(variance));
  }
  const k = correctedCells(row);
  switch (measure) {
    case 'OR':
      return effect(Math.log((k.a * k.d) / (k.b * k.c)), Math.sqrt(1 / k.a + 1 / k.b + 1 / k.c + 1 / k.d));
    case 'RR':
      return effect(Math.log(k.a / k.n1 / (k.c / k.n2)), Math.sqrt(1 / k.a - 1 / k.n1 + 1 / k.c - 1 / k.n2));
    case 'RD': {
      const x = rawCells(row);
      return effect(x.a / x.n1 - x.c / x.n2, Math.sqrt((k.a * k.b) / k.n1 ** 3 + (k.c * k.d) / k.n2 ** 3));
    }
  }
}

export function contEffect(row: ContRow, measure: ContMeasure): StudyEffect {
  const { mean1, sd1, total1: n1, mean2, sd2, total2: n2 } = row;
  if (!(n1 > 0 && n2 > 0 && sd1 >= 0 && sd2 >= 0)) return NOT_ESTIMABLE;
  if (measure === 'MD') return effect(mean1 - mean2, Math.sqrt((sd1 * sd1) / n1 + (sd2 * sd2) / n2));
  const N = n1 + n2;
  const sPooled = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (N - 2));
  if (!(sPooled > 0)) return NOT_ESTIMABLE;
  const g = ((mean1 - mean2) / sPooled) * (1 - 3 / (4 * N - 9));
  return effect(g, Math.sqrt(N / (n1 * n2) + (g * g) / (2 * (N - 3.94))));
}

export function studyEffects(data: RevManData): StudyEffect[] {
  switch (data.kind) {
    case 'DICH':
      return data.rows.map((r) => dichEffect(r, data.measure));
    case 'CONT':
      return data.rows.map((r) => contEffect(r, data.measure));
    case 'IV':
      return data.rows.map((r) => effect(r.estimate, r.se));
    case 'OE':
      return data.rows.map((r) => (r.variance > 0 ? effect(r.oe / r.variance, 1 / Math.sqrt(r.variance)) : NOT_ESTIMABLE));
  }
}
