/**
 * Kendall's rank correlation and its test, as R's `cor.test(x, y, method = "kendall")`
 * (R 4.2, stats): τ_b = S / √((T₀ − T₁)(T₀ − T₂)) with S = Σ_{i<j} sign(xᵢ − xⱼ) sign(yᵢ − yⱼ).
 * Without ties (and exact = true) the p-value comes from the exact permutation
 * distribution of the number of concordant pairs (Kendall 1938, Biometrika 30:81;
 * Best & Gipps 1974, Appl Stat 23:98); otherwise from the normal approximation with the
 * tie-corrected variance of S (Kendall 1970, Rank Correlation Methods, eq. 4.4).
 */
import { normalUpper } from '../distributions/index.js';

export interface KendallTest {
  readonly tau: number;
  readonly pval: number;
  /** Whether the exact distribution was used. */
  readonly exact: boolean;
}

/** Sizes of the groups of tied values (groups of one left out). */
function tieGroups(v: readonly number[]): number[] {
  const counts = new Map<number, number>();
  for (const x of v) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.values()].filter((c) => c > 1);
}

/**
 * P(T ≤ q) for T the number of concordant pairs among n items under independence.
 * Counts of permutations with a given number of inversions (Mahonian numbers) are summed
 * and divided by n!, in the order R's C routine uses, so the tails agree to rounding.
 */
export function pKendall(q: number, n: number): number {
  const max = (n * (n - 1)) / 2;
  q = Math.floor(q + 1e-7);
  if (q < 0) return 0;
  if (q > max) return 1;
  let counts = [1];
  for (let m = 2; m <= n; m++) {
    const top = Math.min(q, (m * (m - 1)) / 2);
    const next = new Array<number>(top + 1);
    for (let k = 0; k <= top; k++) {
      let s = 0;
      for (let i = 0; i < m && i <= k; i++) s += counts[k - i] ?? 0;
      next[k] = s;
    }
    counts = next;
  }
  let p = 0;
  for (let j = 0; j <= q; j++) p += counts[j];
  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i;
  return p / factorial;
}

export function kendallTest(x: readonly number[], y: readonly number[], exact = true): KendallTest {
  const n = x.length;
  let S = 0;
  let xs = 0;
  let ys = 0;
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const a = Math.sign(x[i] - x[j]);
      const b = Math.sign(y[i] - y[j]);
      S += a * b;
      xs += a * a;
      ys += b * b;
    }
  }
  const tau = S / (Math.sqrt(xs) * Math.sqrt(ys));
  if (!Number.isFinite(tau)) return { tau: NaN, pval: NaN, exact: false };
  const xt = tieGroups(x);
  const yt = tieGroups(y);
  if (exact && xt.length === 0 && yt.length === 0) {
    const q = Math.round(((tau + 1) * n * (n - 1)) / 4);
    const p = q > (n * (n - 1)) / 4 ? 1 - pKendall(q - 1, n) : pKendall(q, n);
    return { tau, pval: Math.min(2 * p, 1), exact: true };
  }
  const sum = (t: number[], f: (c: number) => number) => t.reduce((s, c) => s + f(c), 0);
  const pairs = (c: number) => c * (c - 1);
  const triples = (c: number) => c * (c - 1) * (c - 2);
  const v0 = n * (n - 1) * (2 * n + 5);
  const vt = sum(xt, (c) => pairs(c) * (2 * c + 5));
  const vu = sum(yt, (c) => pairs(c) * (2 * c + 5));
  const v1 = sum(xt, pairs) * sum(yt, pairs);
  const v2 = sum(xt, triples) * sum(yt, triples);
  const varS = (v0 - vt - vu) / 18 + v1 / (2 * n * (n - 1)) + v2 / (9 * n * (n - 1) * (n - 2));
  const z = S / Math.sqrt(varS);
  return { tau, pval: 2 * normalUpper(Math.abs(z)), exact: false };
}
