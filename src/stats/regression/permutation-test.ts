/**
 * Permutation tests for a (meta-)regression, as metafor's permutest.rma.uni
 * (Higgins & Thompson 2004, Stat Med 23:1663; Viechtbauer et al. 2015, Res Synth
 * Methods 6:1): for a model with moderators the rows of the design matrix are
 * permuted against (yᵢ, vᵢ) and the model refitted, τ² re-estimated each time; for an
 * intercept-only model the signs of yᵢ are flipped. The p-value of each coefficient is
 * the share of permuted |z| (or |t|) at least as large as the observed one, and that of
 * QM the share of permuted QM at least as large, with R's comparison tolerance √ε.
 * When the number of distinct permutations is at most the requested iterations, all
 * of them are enumerated (exact test) and the result does not depend on the seed;
 * otherwise a seeded random sample is used, with the observed data as the first.
 */
import type { Columns } from '../numeric/small-matrix.js';
import { fitPrepared, prepareModelData, type RmaUniOptions } from '../models/rma-uni.js';

export interface PermutationTest {
  readonly exact: boolean;
  readonly iterations: number;
  /** One permutation p-value per coefficient. */
  readonly pval: readonly number[];
  readonly QMp: number;
  /** Permutations left out because the model could not be fitted to them. */
  readonly failed: number;
}

const COMPTOL = Math.sqrt(Number.EPSILON);

/** mulberry32: a small, fast, seedable PRNG (Tommy Ettinger, public domain). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Next distinct permutation of a multiset in lexicographic order (Knuth, TAOCP 7.2.1.2, Algorithm L). */
function nextPermutation(a: number[]): boolean {
  let i = a.length - 2;
  while (i >= 0 && a[i] >= a[i + 1]) i--;
  if (i < 0) return false;
  let j = a.length - 1;
  while (a[j] <= a[i]) j--;
  [a[i], a[j]] = [a[j], a[i]];
  for (let l = i + 1, r = a.length - 1; l < r; l++, r--) [a[l], a[r]] = [a[r], a[l]];
  return true;
}

/** Number of distinct orderings of the multiset, or Infinity past the limit. */
function distinctPermutations(labels: readonly number[], limit: number): number {
  const counts = new Map<number, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  // k! / Π m! built up one factor at a time, as a running product of binomial coefficients
  let total = 1;
  let placed = 0;
  for (const m of counts.values()) {
    for (let j = 1; j <= m; j++) {
      total = (total * (placed + j)) / j;
      if (total > limit) return Infinity;
    }
    placed += m;
  }
  return Math.round(total);
}

export function permutationTest(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  X: Columns | undefined,
  options: RmaUniOptions = {},
  control: { iterations?: number; seed?: number } = {},
): PermutationTest {
  const iterations = control.iterations ?? 1000;
  const data = prepareModelData(yi, vi, X, options.weights);
  const observed = fitPrepared(data, options);
  const k = observed.k;
  const p = observed.p;
  const intOnly = X === undefined;
  const zObs = observed.coefficients.map((c) => Math.abs(c.zval));
  const exceed = new Array<number>(p).fill(0);
  let qmExceed = 0;
  let runs = 0;
  const record = (fit: ReturnType<typeof fitPrepared> | undefined) => {
    if (fit === undefined) return;
    runs++;
    fit.coefficients.forEach((c, j) => {
      if (Math.abs(c.zval) >= zObs[j] - COMPTOL) exceed[j]++;
    });
    if (fit.QM >= observed.QM - COMPTOL) qmExceed++;
  };
  // a permutation whose model cannot be fitted (e.g. Fisher scoring cycling) is left out, as metafor does
  let failed = 0;
  const fitWith = (y: Float64Array, cols: Float64Array[]) => {
    try {
      return fitPrepared({ ...data, y, X: cols, warnings: [] }, options, undefined, true);
    } catch {
      failed++;
      return undefined;
    }
  };

  let exact: boolean;
  if (intOnly) {
    exact = k < 31 && 2 ** k <= iterations;
    const flip = (signs: (i: number) => number) => record(fitWith(data.y.map((v, i) => signs(i) * v), data.X));
    if (exact) {
      for (let mask = 0; mask < 2 ** k; mask++) flip((i) => ((mask >> i) & 1 ? -1 : 1));
    } else {
      const rand = seededRandom(control.seed ?? 1);
      record(observed);
      for (let it = 1; it < iterations; it++) {
        const signs = Array.from({ length: k }, () => (rand() < 0.5 ? -1 : 1));
        flip((i) => signs[i]);
      }
    }
  } else {
    // identical design rows are interchangeable: enumerate distinct arrangements only
    const keyOf = (i: number) => data.X.map((c) => c[i]).join('\u0000');
    const labelOf = new Map<string, number>();
    const labels = Array.from({ length: k }, (_, i) => {
      const key = keyOf(i);
      if (!labelOf.has(key)) labelOf.set(key, labelOf.size);
      return labelOf.get(key)!;
    });
    const representative = [...labelOf.values()].map((l) => labels.indexOf(l));
    const permuted = (order: readonly number[]) => data.X.map((c) => Float64Array.from(order, (i) => c[i]));
    exact = distinctPermutations(labels, iterations) <= iterations;
    if (exact) {
      const perm = [...labels].sort((a, b) => a - b);
      do {
        record(fitWith(data.y, permuted(perm.map((l) => representative[l]))));
      } while (nextPermutation(perm));
    } else {
      const rand = seededRandom(control.seed ?? 1);
      record(observed);
      const order = Array.from({ length: k }, (_, i) => i);
      for (let it = 1; it < iterations; it++) {
        for (let i = k - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          [order[i], order[j]] = [order[j], order[i]];
        }
        record(fitWith(data.y, permuted(order)));
      }
    }
  }
  return { exact, iterations: runs + failed, failed, pval: exceed.map((e) => Math.min(1, e / runs)), QMp: qmExceed / runs };
}
