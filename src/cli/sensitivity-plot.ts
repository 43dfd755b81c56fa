/**
 * `metasift sensitivity-plot FILE.csv [analyze's options] --kind leave1out|cumulative|baujat
 * [--order COL] --out PLOT.svg|PLOT.png`: pools the table as `analyze` does and draws the
 * leave-one-out or cumulative forest plot, or the Baujat plot.
 */
import { analyzeTable } from '../analysis/analyze-table.js';
import { hasColumn } from '../io/csv/numeric-column.js';
import { baujatPlot } from '../plot/sensitivity/baujat-plot.js';
import { stepForestPlot } from '../plot/sensitivity/step-forest.js';
import { parseAnalysisFlags, readTable } from './analyze.js';
import { OUTPUT_FLAGS, outputOptions, PLOT_FLAGS_HELP, subsetTable, takeFlags, writePlot } from './plots.js';
import { UsageError } from './usage-error.js';

export const SENSITIVITY_PLOT_HELP = `Usage: metasift sensitivity-plot FILE.csv [analysis options] --kind K --out PLOT.svg|PLOT.png

Pools the table exactly as 'metasift analyze' does and draws one sensitivity plot:
  leave1out    forest plot of the model refitted without each study in turn
  cumulative   forest plot of the model as studies are added in the order of --order
  baujat       each study's contribution to heterogeneity against its influence

Plot options:
  --kind K              leave1out, cumulative or baujat (--plot K is the same)
  --order COL           column giving the order of a cumulative plot (ascending; default
                        the 'year' column)
${PLOT_FLAGS_HELP}`;

const KINDS = ['leave1out', 'cumulative', 'baujat'] as const;

export function runSensitivityPlot(args: readonly string[], write: (s: string) => void): void {
  const flags = takeFlags(args, [...OUTPUT_FLAGS, 'kind', 'plot', 'order']);
  const { options, positionals, help, subset } = parseAnalysisFlags(flags.rest);
  if (help) {
    write(SENSITIVITY_PLOT_HELP);
    return;
  }
  if (positionals.length !== 1) throw new UsageError('Give exactly one CSV file to plot.\n\n' + SENSITIVITY_PLOT_HELP);
  const kind = flags.values.kind ?? flags.values.plot;
  if (kind === undefined) throw new UsageError('Say which plot to draw with --kind leave1out, --kind cumulative or --kind baujat.');
  if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`Unknown --kind '${kind}'. Use leave1out, cumulative or baujat.`);
  const out = outputOptions(flags.values);
  const table = subsetTable(readTable(positionals[0]), subset);
  let order = flags.values.order ?? options.cumulative;
  if (kind === 'cumulative' && order === undefined) {
    if (!hasColumn(table, 'year')) throw new UsageError("A cumulative plot needs an order: give --order COLUMN (the table has no 'year' column).");
    order = 'year';
  }
  const result = analyzeTable(table, {
    ...options,
    subgroup: undefined,
    bias: false,
    leave1out: kind === 'leave1out',
    cumulative: kind === 'cumulative' ? order : undefined,
    influence: kind === 'baujat',
  });
  const plot = { theme: out.theme, size: out.size };
  const svg = kind === 'baujat' ? baujatPlot(result, plot) : stepForestPlot(result, kind as 'leave1out' | 'cumulative', plot);
  writePlot(svg, out);
  write(`Wrote ${out.out}\n`);
}
