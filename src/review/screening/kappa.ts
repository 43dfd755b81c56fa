/**
 * Cohen's kappa for two raters (Cohen 1960, Educ Psychol Meas 20:37–46):
 *   po = Σ p_ii, pe = Σ p_i. p_.i, κ = (po − pe) / (1 − pe),
 * with the large-sample standard error of Fleiss, Cohen & Everitt (1969, Psychol Bull
 * 72:323–327, eq. 13), used for the confidence interval κ ± 1.96 se:
 *   var(κ) = [Σ_i p_ii (1 − (p_i. + p_.i)(1 − κ))² + (1 − κ)² Σ_{i≠j} p_ij (p_.i + p_j.)²
 *             − (κ − pe (1 − κ))²] / (n (1 − pe)²),
 * and the standard error under κ = 0 (their eq. 14) for the z test:
 *   var0(κ) = [pe + pe² − Σ_i p_i. p_.i (p_i. + p_.i)] / (n (1 − pe)²).
 * Categories are those either rater used. κ is NaN when pe = 1 (both raters used one
 * and the same category throughout) or when there are no pairs.
 * Example: of 50 records, 20 both include, 15 both exclude, 10 included by the first
 * rater only, 5 by the second only: po = 0.70, pe = 0.50, κ = 0.40, se = 0.1270,
 * 95% CI 0.151 to 0.649, se0 = 0.1386 (worked by hand in test/review/screening/kappa.test.ts).
 */
export interface Kappa {
  /** Records rated by both. */
  readonly n: number;
  readonly categories: readonly string[];
  /** Counts, rows the first rater, columns the second, in the order of categories. */
  readonly table: readonly (readonly number[])[];
  /** Observed proportion of agreement; percent = 100 po. */
  readonly po: number;
  readonly percent: number;
  readonly pe: number;
  readonly kappa: number;
  readonly se: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  readonly se0: number;
  readonly z: number;
}

const Z975 = 1.959963984540054;

export function cohenKappa(pairs: readonly (readonly [string, string])[]): Kappa {
  const categories = [...new Set(pairs.flat())].sort();
  const k = categories.length;
  const idx = new Map(categories.map((c, i) => [c, i]));
  const table = categories.map(() => new Array<number>(k).fill(0));
  for (const [a, b] of pairs) table[idx.get(a)!][idx.get(b)!] += 1;
  const n = pairs.length;
  const p = table.map((row) => row.map((x) => x / n));
  const row = p.map((r) => r.reduce((s, x) => s + x, 0));
  const col = categories.map((_, j) => p.reduce((s, r) => s + r[j], 0));
  let po = 0;
  let pe = 0;
  let s0 = 0;
  for (let i = 0; i < k; i++) {
    po += p[i][i];
    pe += row[i] * col[i];
    s0 += row[i] * col[i] * (row[i] + col[i]);
  }
  const kappa = (po - pe) / (1 - pe);
  let a = 0;
  let b = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (i === j) a += p[i][i] * (1 - (row[i] + col[i]) * (1 - kappa)) ** 2;
      else b += p[i][j] * (col[i] + row[j]) ** 2;
    }
  }
  if (n === 0) return { n, categories, table, po: NaN, percent: NaN, pe: NaN, kappa: NaN, se: NaN, ci_lb: NaN, ci_ub: NaN, se0: NaN, z: NaN };
  const denom = n * (1 - pe) ** 2;
  const se = Math.sqrt((a + (1 - kappa) ** 2 * b - (kappa - pe * (1 - kappa)) ** 2) / denom);
  const se0 = Math.sqrt((pe + pe * pe - s0) / denom);
  return {
    n, categories, table, po, percent: 100 * po, pe, kappa, se, ci_lb: kappa - Z975 * se, ci_ub: kappa + Z975 * se, se0, z: kappa / se0,
  };
}
