/**
 * Times the plots on large inputs (issue 5: a 100-study forest and a 10,000-point funnel
 * must render to SVG in under a second). No test framework:
 *   npx tsc -p scripts && node dist/scripts/scripts/bench-plots.js
 */
import { forestPlot } from '../src/plot/forest/forest-plot.js';
import { funnelPlot } from '../src/plot/funnel/funnel-plot.js';
import { funnelData } from '../src/stats/bias/funnel-data.js';
import type { ForestResult } from '../src/plot/forest/types.js';

/** A fixed pseudo-random sequence (LCG, Numerical Recipes constants): same input every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function time(label: string, f: () => string, reps = 5): void {
  f();
  const t0 = performance.now();
  let size = 0;
  for (let i = 0; i < reps; i++) size = f().length;
  console.log(`${label}: ${((performance.now() - t0) / reps).toFixed(1)} ms per SVG (${(size / 1024).toFixed(0)} KiB)`);
}

const rnd = lcg(1);
const k = 100;
const studies = Array.from({ length: k }, (_, i) => ({ study: `Study ${i + 1} et al. ${1990 + (i % 30)}`, yi: Math.log(0.5 + rnd()), vi: 0.02 + rnd() * 0.2, weight: 1 }));
const result = {
  k, measure: 'RR', method: 'REML', test: 'z', level: 95, b: -0.2, se: 0.05, zval: -4, pval: 0.0001, ci_lb: -0.3, ci_ub: -0.1, pi_lb: -0.6, pi_ub: 0.2,
  tau2: 0.04, se_tau2: 0.01, tau2_ci: [], I2: 40, I2_ci: [], H2: 1.7, H2_ci: [], QE: 165, QE_df: 99, QEp: 0.0001,
  transf: { name: 'exp', est: Math.exp(-0.2), ci_lb: Math.exp(-0.3), ci_ub: Math.exp(-0.1), pi_lb: Math.exp(-0.6), pi_ub: Math.exp(0.2) },
  studies, warnings: [],
} as unknown as ForestResult;
const ev = studies.map(() => Math.floor(rnd() * 50));
const tot = studies.map(() => 50 + Math.floor(rnd() * 100));
time('forest, 100 studies', () => forestPlot(result, { arms: { kind: 'binary', events1: ev, total1: tot, events2: ev, total2: tot }, prediction: true }));

const n = 10000;
const yi = Array.from({ length: n }, () => rnd() * 2 - 1);
const vi = Array.from({ length: n }, () => 0.001 + rnd() * 0.1);
time('funnel, 10,000 points (data + SVG)', () => funnelPlot(funnelData({ yi, vi, b: 0, tau2: 0, level: 95 }, { contours: [90, 95, 99] })));
