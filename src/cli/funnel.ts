/**
 * `metasift funnel FILE.csv [analyze's options] --out PLOT.svg|PLOT.png`: pools the table
 * as `analyze` does and draws the funnel plot, optionally contour-enhanced and with
 * trim and fill's imputed studies.
 */
import { analyzeTable } from '../analysis/analyze-table.js';
import { measureName } from '../plot/forest/labels.js';
import { funnelPlot } from '../plot/funnel/funnel-plot.js';
import { funnelData } from '../stats/bias/funnel-data.js';
import { parseAnalysisFlags, readTable } from './analyze.js';
import { OUTPUT_FLAGS, outputOptions, PLOT_FLAGS_HELP, subsetTable, takeFlags, writePlot } from './plots.js';
import { UsageError } from './usage-error.js';

export const FUNNEL_HELP = `Usage: metasift funnel FILE.csv [analysis options] --out PLOT.svg|PLOT.png

Pools the table exactly as 'metasift analyze' does and draws the funnel plot
(standard error against effect, with the 95% pseudo-confidence region).

Plot options:
  --contours L,L,...    contour-enhanced funnel with significance contours at these
                        levels around 0, e.g. 90,95,99
  --trimfill            add the studies trim and fill imputes (open circles) and centre
                        the funnel on its adjusted estimate
${PLOT_FLAGS_HELP}`;

export function runFunnel(args: readonly string[], write: (s: string) => void): void {
  const flags = takeFlags(args, [...OUTPUT_FLAGS, 'contours'], ['trimfill']);
  const { options, positionals, help, subset } = parseAnalysisFlags(flags.rest);
  if (help) {
    write(FUNNEL_HELP);
    return;
  }
  if (positionals.length !== 1) throw new UsageError('Give exactly one CSV file to plot.\n\n' + FUNNEL_HELP);
  const out = outputOptions(flags.values);
  const contours = flags.values.contours?.split(',').map(Number);
  if (contours !== undefined && !contours.every((c) => c > 0 && c < 100)) {
    throw new UsageError(`--contours needs levels between 0 and 100 separated by commas, not '${flags.values.contours}'.`);
  }
  const trim = flags.booleans.has('trimfill');
  const table = subsetTable(readTable(positionals[0]), subset);
  const result = analyzeTable(table, { ...options, bias: trim, leave1out: false, cumulative: undefined, influence: false, subgroup: undefined });
  const used = result.studies.filter((s) => s.yi !== null && s.vi !== null);
  const filled = trim ? result.bias!.trimfill.filled.filter((p) => p.yi !== null && p.vi !== null).map((p) => ({ yi: p.yi!, vi: p.vi! })) : [];
  const tf = result.bias?.trimfill;
  const data = funnelData(
    { yi: used.map((s) => s.yi!), vi: used.map((s) => s.vi!), b: result.b ?? NaN, tau2: result.tau2 ?? 0, level: result.level },
    { contours, refline: trim && tf?.b !== null && tf?.b !== undefined ? tf.b : undefined },
  );
  // the window must hold the imputed studies too
  const xs = filled.map((p) => p.yi);
  const widened = xs.length === 0 ? data : { ...data, xlim: [Math.min(data.xlim[0], ...xs), Math.max(data.xlim[1], ...xs)] as const };
  const ratio = result.transf.name === 'exp';
  const name = measureName(result.measure);
  const svg = funnelPlot(widened, { theme: out.theme, size: out.size, filled, exp: ratio, xlab: ratio ? `${name} (log scale)` : name });
  writePlot(svg, out);
  write(`Wrote ${out.out}\n`);
}
