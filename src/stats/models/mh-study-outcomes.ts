/**
 * Stand-in for src/stats/effects' escalc until it lands: the study-level outcomes
 * that rma.mh and rma.peto store and test heterogeneity with, computed as metafor
 * 3.8's escalc does for the 2×2-table measures (same add/to/drop00 rules):
 *   OR   log(aᵢdᵢ / bᵢcᵢ),  vᵢ = 1/aᵢ + 1/bᵢ + 1/cᵢ + 1/dᵢ            (Woolf 1955)
 *   RR   log(p1ᵢ / p2ᵢ),    vᵢ = 1/aᵢ − 1/n1ᵢ + 1/cᵢ − 1/n2ᵢ        (Katz et al. 1978)
 *   RD   p1ᵢ − p2ᵢ,         vᵢ = p1ᵢ(1−p1ᵢ)/n1ᵢ + p2ᵢ(1−p2ᵢ)/n2ᵢ    (escalc's default vtype "LS")
 *   PETO (aᵢ − Eᵢ)/Vᵢ,      vᵢ = 1/Vᵢ, Eᵢ and Vᵢ the hypergeometric mean and
 *        variance of aᵢ given the margins                              (Yusuf et al. 1985)
 * with p1ᵢ = aᵢ/n1ᵢ, p2ᵢ = cᵢ/n2ᵢ. Infinite or undefined pairs become NaN, as escalc recodes them to NA.
 */
import type { CellCounts } from './mh-tables.js';

export type TableMeasure = 'OR' | 'RR' | 'RD' | 'PETO';
export type AddTo = 'only0' | 'all' | 'if0all' | 'none';

export interface StudyOutcomes {
  readonly yi: Float64Array;
  readonly vi: Float64Array;
  readonly warnings: readonly string[];
}

function outcome(measure: TableMeasure, a: number, b: number, c: number, d: number): [number, number] {
  const n1 = a + b;
  const n2 = c + d;
  switch (measure) {
    case 'OR':
      return [Math.log(a / b) - Math.log(c / d), 1 / a + 1 / b + 1 / c + 1 / d];
    case 'RR':
      return [Math.log(a / n1) - Math.log(c / n2), 1 / a - 1 / n1 + 1 / c - 1 / n2];
    case 'RD': {
      const p1 = a / n1;
      const p2 = c / n2;
      return [p1 - p2, (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2];
    }
    case 'PETO': {
      const n = n1 + n2;
      const xt = a + c;
      const V = (xt * (b + d) * (n1 / n) * (n2 / n)) / (n - 1);
      return [(a - (xt * n1) / n) / V, 1 / V];
    }
  }
}

/** Per-row yᵢ and vᵢ (NaN for a missing table, a dropped double-zero table or an undefined outcome). */
export function studyOutcomes(
  measure: TableMeasure,
  cells: CellCounts,
  options: { readonly add: number; readonly to: AddTo; readonly drop00: boolean },
): StudyOutcomes {
  const { ai, bi, ci, di } = cells;
  const k = ai.length;
  const present = (i: number) => !Number.isNaN(ai[i] + bi[i] + ci[i] + di[i]);
  const doubleZero = (i: number) => (ai[i] === 0 && ci[i] === 0) || (bi[i] === 0 && di[i] === 0);
  const used = (i: number) => present(i) && !(options.drop00 && doubleZero(i));
  const hasZero = (i: number) => ai[i] === 0 || bi[i] === 0 || ci[i] === 0 || di[i] === 0;
  const anyZero = Array.from({ length: k }, (_, i) => used(i) && hasZero(i)).some(Boolean);
  const yi = new Float64Array(k).fill(NaN);
  const vi = new Float64Array(k).fill(NaN);
  const recoded: number[] = [];
  for (let i = 0; i < k; i++) {
    if (!used(i)) continue;
    const add =
      options.to === 'all' || (options.to === 'only0' && hasZero(i)) || (options.to === 'if0all' && anyZero)
        ? options.add
        : 0;
    const [y, v] = outcome(measure, ai[i] + add, bi[i] + add, ci[i] + add, di[i] + add);
    if (Number.isNaN(y) || Number.isNaN(v)) continue;
    if (!Number.isFinite(y) || !Number.isFinite(v)) {
      recoded.push(i);
      continue;
    }
    yi[i] = y;
    vi[i] = v < 0 ? NaN : v;
  }
  const warnings =
    recoded.length === 0
      ? []
      : [
          `The ${measure} outcome of row(s) ${recoded.join(', ')} is infinite (a zero cell with to = '${options.to}'); ` +
            'those rows are left out of the heterogeneity test. Use to = "only0" to add a continuity correction.',
        ];
  return { yi, vi, warnings };
}
