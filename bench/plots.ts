/**
 * Plot timings for `npm run bench` (issue 5: a 100-study forest and a 10,000-point
 * funnel must render to SVG in under a second): a real pooled analysis of 100 synthetic
 * two-arm trials drawn as a forest plot, and funnel data plus SVG for 10,000 studies.
 */
import { analyzeTable } from '../src/analysis/analyze-table.js';
import { armsFromTable } from '../src/analysis/arms-from-table.js';
import type { CsvTable } from '../src/io/csv/parse-csv.js';
import { forestPlot } from '../src/plot/forest/forest-plot.js';
import { funnelPlot } from '../src/plot/funnel/funnel-plot.js';
import { funnelData } from '../src/stats/bias/funnel-data.js';
import { rma } from '../src/stats/models/rma.js';
import { prng, syntheticStudies } from './synthetic.js';
import { timeMedian } from './timing.js';

export function plotTimings(): { task: string; k: number; ms: number }[] {
  const rand = prng(5);
  const rows = Array.from({ length: 100 }, (_, i) => {
    const n1 = 20 + Math.floor(rand() * 200);
    const n2 = 20 + Math.floor(rand() * 200);
    return [`Study ${i + 1} et al. ${1990 + (i % 30)}`, String(Math.floor(n1 * (0.2 + 0.3 * rand()))), String(n1), String(Math.floor(n2 * 0.3 * rand()) + 1), String(n2)];
  });
  const table: CsvTable = { file: 'synthetic', columns: ['study', 'ai', 'n1i', 'ci', 'n2i'], rows, lines: rows.map((_, i) => i + 2) };
  const result = analyzeTable(table, { measure: 'RR', method: 'REML' });
  const arms = armsFromTable(table);
  const s = syntheticStudies(10000, 10000);
  const big = { yi: Array.from(s.yi), vi: Array.from(s.vi) };
  const fit = rma(big.yi, big.vi, { method: 'DL' });
  return [
    { task: 'forest SVG', k: 100, ms: timeMedian(() => forestPlot(result, { arms, prediction: true }), { minRuns: 5 }) },
    {
      task: 'funnel SVG',
      k: 10000,
      ms: timeMedian(() => funnelPlot(funnelData({ yi: big.yi, vi: big.vi, b: fit.b, tau2: fit.tau2, level: 95 }, { contours: [90, 95, 99] })), { minRuns: 3 }),
    },
  ];
}
