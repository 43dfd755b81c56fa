/**
 * `metasift forest FILE.csv [analyze's options] --out PLOT.svg|PLOT.png`: pools the table
 * as `analyze` does and draws the forest plot. The per-arm columns come from the table:
 * events and totals (ai with n1i or ai+bi; ci with n2i or ci+di) or means, SDs and totals.
 */
import { analyzeTable } from '../analysis/analyze-table.js';
import { textColumn } from '../io/csv/numeric-column.js';
import { favoursDefaults } from '../plot/forest/labels.js';
import { forestPlot } from '../plot/forest/forest-plot.js';
import { armsFromTable } from '../analysis/arms-from-table.js';
import { parseAnalysisFlags, readTable } from './analyze.js';
import { OUTPUT_FLAGS, outputOptions, PLOT_FLAGS_HELP, subsetTable, takeFlags, writePlot } from './plots.js';
import { UsageError } from './usage-error.js';

export const FOREST_HELP = `Usage: metasift forest FILE.csv [analysis options] --out PLOT.svg|PLOT.png

Pools the table exactly as 'metasift analyze' does (same options, including --subgroup
and --subset) and draws the forest plot.

Plot options:
  --layout L            revman (columns of per-arm data, default) or metafor (compact)
  --favours-left T      label left of the null line (default "Favours [experimental]")
  --favours-right T     label right of the null line (default "Favours [control]")
  --higher-is-better    the outcome is good (healing, response): swap the default labels
  --prediction          draw the prediction interval under the total
  --arms A,B            names of the arms over the data columns (default Experimental,Control)
${PLOT_FLAGS_HELP}`;

export function runForest(args: readonly string[], write: (s: string) => void): void {
  const flags = takeFlags(args, [...OUTPUT_FLAGS, 'layout', 'favours-left', 'favours-right', 'arms'], ['prediction', 'higher-is-better']);
  const { options, positionals, help, subset } = parseAnalysisFlags(flags.rest);
  if (help) {
    write(FOREST_HELP);
    return;
  }
  if (positionals.length !== 1) throw new UsageError('Give exactly one CSV file to plot.\n\n' + FOREST_HELP);
  const out = outputOptions(flags.values);
  const layout = flags.values.layout ?? 'revman';
  if (layout !== 'revman' && layout !== 'metafor') throw new UsageError(`Unknown --layout '${layout}'. Use revman or metafor.`);
  const armNames = flags.values.arms?.split(',').map((s) => s.trim());
  if (armNames !== undefined && armNames.length !== 2) throw new UsageError(`--arms needs two names separated by a comma, not '${flags.values.arms}'.`);
  const table = subsetTable(readTable(positionals[0]), subset);
  const result = analyzeTable(table, { ...options, leave1out: false, cumulative: undefined, influence: false, bias: false });
  const [left, right] = favoursDefaults(flags.booleans.has('higher-is-better'));
  const svg = forestPlot(result, {
    layout,
    theme: out.theme,
    size: out.size,
    arms: armsFromTable(table),
    subgroupOf: options.subgroup === undefined ? undefined : textColumn(table, options.subgroup).map((s) => s.trim()),
    armNames: armNames as [string, string] | undefined,
    favoursLeft: flags.values['favours-left'] ?? left,
    favoursRight: flags.values['favours-right'] ?? right,
    prediction: flags.booleans.has('prediction'),
  });
  writePlot(svg, out);
  write(`Wrote ${out.out}\n`);
}
