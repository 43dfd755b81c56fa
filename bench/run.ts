/**
 * `npm run bench`: times metasift's numeric core and, where Rscript with metafor is
 * installed, metafor on the same synthetic data in the same run, and prints ratios.
 *   node dist/bench/run.js [--no-r] [--r-large]   (--r-large adds metafor at k = 3,000: minutes)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escalc } from '../src/stats/effects/index.js';
import { permutationTest } from '../src/stats/regression/permutation-test.js';
import { leave1out } from '../src/stats/sensitivity/index.js';
import { fitRmaUni } from '../src/stats/models/rma-uni.js';
import { rma } from '../src/stats/models/rma.js';
import { plotTimings } from './plots.js';
import { syntheticStudies, syntheticTables } from './synthetic.js';
import { formatMs, timeMedian } from './timing.js';

const args = new Set(process.argv.slice(2));
const SIZES = [10, 13, 100, 1000, 10000, 100000];
const R_SIZES = args.has('--r-large') ? [10, 13, 100, 1000, 3000] : [10, 13, 100, 1000];
// metafor's leave1out at k = 1,000 (DL) takes about two minutes, so it runs only with --r-large
const TABLES = 100000;

interface Row { task: string; k: number; ms: number }
const rows: Row[] = [];

for (const k of SIZES) {
  const { yi, vi } = syntheticStudies(k, k);
  for (const method of ['REML', 'DL'] as const) {
    rows.push({ task: `${method} fit`, k, ms: timeMedian(() => fitRmaUni(yi, vi, undefined, { method })) });
    rows.push({ task: `${method} + CIs`, k, ms: timeMedian(() => rma(yi, vi, { method })) });
  }
}
const tables = syntheticTables(TABLES);
rows.push({ task: 'escalc OR', k: TABLES, ms: timeMedian(() => escalc('OR', tables)) });

// issue 3: leave-one-out and a permutation test
const L1O_SIZES = [200, 1000];
for (const k of L1O_SIZES) {
  const { yi, vi } = syntheticStudies(k, 1000 + k);
  for (const method of ['REML', 'DL'] as const) {
    rows.push({ task: `leave1out ${method}`, k, ms: timeMedian(() => leave1out(yi, vi, { method }), { minRuns: 3, minMillis: 100 }) });
  }
}
const perm = syntheticStudies(20, 2020);
const permX = [new Float64Array(20).fill(1), Float64Array.from({ length: 20 }, (_, i) => i % 5)];
rows.push({
  task: 'permutest 1000',
  k: 20,
  ms: timeMedian(() => permutationTest(perm.yi, perm.vi, permX, { method: 'REML' }, { iterations: 1000, seed: 1 }), { minRuns: 3, minMillis: 100 }),
});

// issue 5: plots
rows.push(...plotTimings());

// metafor in the same run, on the same numbers
let metafor: { metafor: string; R: string; times: Record<string, number> } | undefined;
if (!args.has('--no-r')) {
  const dir = mkdtempSync(join(tmpdir(), 'metasift-bench-'));
  try {
    for (const k of R_SIZES) {
      const { yi, vi } = syntheticStudies(k, k);
      const lines = ['yi,vi', ...Array.from(yi, (y, i) => `${y},${vi[i]}`)];
      writeFileSync(join(dir, `studies-${k}.csv`), lines.join('\n'));
    }
    for (const k of args.has('--r-large') ? [200, 1000] : [200]) {
      const { yi, vi } = syntheticStudies(k, 1000 + k);
      writeFileSync(join(dir, `l1o-${k}.csv`), ['yi,vi', ...Array.from(yi, (y, i) => `${y},${vi[i]}`)].join('\n'));
    }
    writeFileSync(join(dir, 'perm-20.csv'), ['yi,vi,x', ...Array.from(perm.yi, (y, i) => `${y},${perm.vi[i]},${i % 5}`)].join('\n'));
    const t = tables;
    writeFileSync(join(dir, 'tables.csv'), ['ai,bi,ci,di', ...Array.from(t.ai, (a, i) => `${a},${t.bi[i]},${t.ci[i]},${t.di[i]}`)].join('\n'));
    const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'metafor-bench.R');
    const out = execFileSync('Rscript', [script, dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30 * 60 * 1000 });
    metafor = JSON.parse(out);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    console.log(e.code === 'ENOENT' ? 'Rscript not found: metafor timings skipped.' : `metafor timings skipped: ${e.message.split('\n')[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const header = ['task', 'k', 'metasift', 'metafor', 'metafor / metasift'];
const table = rows.map((r) => {
  const key = r.task.startsWith('escalc')
    ? 'escalc-OR-tables'
    : r.task.endsWith('fit')
      ? `${r.task.split(' ')[0]}-${r.k}`
      : r.task.startsWith('leave1out')
        ? `leave1out-${r.task.split(' ')[1]}-${r.k}`
        : r.task.startsWith('permutest')
          ? 'permutest-1000-20'
          : undefined;
  const m = key === undefined ? undefined : metafor?.times[key];
  return [r.task, r.k.toLocaleString('en'), formatMs(r.ms), m === undefined ? '—' : formatMs(m), m === undefined ? '—' : `${(m / r.ms).toFixed(0)}×`];
});
const widths = header.map((h, j) => Math.max(h.length, ...table.map((r) => r[j].length)));
console.log(`metasift benchmark (node ${process.version}${metafor ? `; metafor ${metafor.metafor}, ${metafor.R}` : ''})`);
console.log('median wall time per call; "fit" = tau² and coefficients as rma() computes them, "+ CIs" adds the prediction interval and Q-profile CIs for tau², I², H²\n');
for (const r of [header, ...table]) console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
const reml13 = rows.find((r) => r.task === 'REML fit' && r.k === 13)!;
const reml1e5 = rows.find((r) => r.task === 'REML fit' && r.k === 100000)!;
console.log(`\nREML at k = 13: ${formatMs(reml13.ms)}${metafor ? ` (${(metafor.times['REML-13'] / reml13.ms).toFixed(0)}× faster than metafor; target ≥ 100×)` : ''}`);
console.log(`REML at k = 100,000: ${formatMs(reml1e5.ms)} (target < 50 ms)`);
