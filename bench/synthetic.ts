/** Deterministic synthetic meta-analyses for benchmarks (mulberry32 PRNG, Box–Muller normals). */
import { seededRandom } from '../src/stats/regression/permutation-test.js';

/** The core's seeded PRNG (mulberry32), so bench data and permutation tests share one generator. */
export const prng = seededRandom;

function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** k studies with true mean 0.3, tau² 0.05 and sampling variances between 0.01 and 0.2. */
export function syntheticStudies(k: number, seed = 1): { yi: Float64Array; vi: Float64Array } {
  const rand = prng(seed);
  const yi = new Float64Array(k);
  const vi = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    vi[i] = 0.01 + 0.19 * rand();
    yi[i] = 0.3 + Math.sqrt(0.05) * normal(rand) + Math.sqrt(vi[i]) * normal(rand);
  }
  return { yi, vi };
}

/** n two-by-two tables with 20 to 500 per arm and event risks around 10–30%. */
export function syntheticTables(n: number, seed = 2) {
  const rand = prng(seed);
  const ai = new Float64Array(n);
  const bi = new Float64Array(n);
  const ci = new Float64Array(n);
  const di = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const n1 = 20 + Math.floor(480 * rand());
    const n2 = 20 + Math.floor(480 * rand());
    ai[i] = Math.floor(n1 * (0.1 + 0.1 * rand()));
    ci[i] = Math.floor(n2 * (0.15 + 0.15 * rand()));
    bi[i] = n1 - ai[i];
    di[i] = n2 - ci[i];
  }
  return { ai, bi, ci, di };
}
