/**
 * One run of the analysis for the page: the core's analyzeTable on the edited table
 * (main model with subgroups), then leave-one-out and the small-study tests as separate
 * calls so that a section which cannot run (too few studies) does not hide the others.
 * Plots are drawn from the results; nothing is recomputed here.
 */
import { analyzeTable, type AnalysisReport } from '../../../src/analysis/analyze-table.js';
import type { PoolingMethod } from '../../../src/analysis/analysis-options.js';
import { armsFromTable } from '../../../src/analysis/arms-from-table.js';
import { hasColumn, numericColumn, textColumn } from '../../../src/io/csv/numeric-column.js';
import { forestPlot } from '../../../src/plot/forest/forest-plot.js';
import { measureName } from '../../../src/plot/forest/labels.js';
import { funnelPlot } from '../../../src/plot/funnel/funnel-plot.js';
import { funnelData } from '../../../src/stats/bias/funnel-data.js';
import type { TestType } from '../../../src/stats/models/types.js';
import { backTransform } from '../../../src/stats/transforms.js';
import type { Measure } from '../../../src/stats/effects/types.js';
import { toCsvTable, type StudyTable } from './study-table.js';

export interface AnalysisChoices {
  readonly measure: Measure;
  readonly method: PoolingMethod;
  readonly test: TestType;
  readonly level: number;
  readonly prediction: boolean;
  readonly higherIsBetter: boolean;
}

export interface PlotLabels {
  readonly favoursExp: string;
  readonly favoursCtl: string;
  readonly exp: string;
  readonly ctl: string;
}

export type Section<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

export interface AnalysisRun {
  readonly main: Section<AnalysisReport>;
  readonly forestSvg?: string;
  readonly leave1out?: Section<NonNullable<AnalysisReport['leave1out']>>;
  readonly bias?: Section<NonNullable<AnalysisReport['bias']>>;
  readonly funnelSvg?: string;
  /** From the analysis scale to the reported one (exp for ratios). */
  readonly transf: (x: number | null) => number | null;
}

function attempt<T>(fn: () => T): Section<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

export function runAnalysis(study: StudyTable, c: AnalysisChoices, labels: PlotLabels): AnalysisRun {
  const table = toCsvTable(study);
  const options = { measure: c.measure, method: c.method, test: c.test, level: c.level };
  const subgroup = study.subgroups ? 'subgroup' : undefined;
  const main = attempt(() => analyzeTable(table, { ...options, subgroup }));
  const fn = attempt(() => backTransform(c.measure, { ni: hasColumn(table, 'ni') ? numericColumn(table, 'ni') : undefined }).fn);
  const transf = (x: number | null) => (x === null ? null : fn.ok ? fn.value(x) : x);
  if (!main.ok) return { main, transf };
  const result = main.value;
  const [exp, ctl] = [labels.favoursExp, labels.favoursCtl];
  const forestSvg = forestPlot(result, {
    arms: armsFromTable(table),
    armNames: [labels.exp, labels.ctl],
    subgroupOf: subgroup === undefined ? undefined : textColumn(table, subgroup).map((s) => s.trim()),
    favoursLeft: c.higherIsBetter ? ctl : exp,
    favoursRight: c.higherIsBetter ? exp : ctl,
    prediction: c.prediction,
  });
  const leave1out = attempt(() => analyzeTable(table, { ...options, leave1out: true }).leave1out!);
  const bias = attempt(() => analyzeTable(table, { ...options, bias: true }).bias!);
  return { main, forestSvg, leave1out, bias, funnelSvg: bias.ok ? funnel(result, bias.value) : undefined, transf };
}

/** As `metasift funnel --trimfill`: the imputed studies drawn open, the funnel centred on the adjusted estimate. */
function funnel(result: AnalysisReport, bias: NonNullable<AnalysisReport['bias']>): string {
  const used = result.studies.filter((s) => s.yi !== null && s.vi !== null);
  const tf = bias.trimfill;
  const filled = tf.filled.filter((p) => p.yi !== null && p.vi !== null).map((p) => ({ yi: p.yi!, vi: p.vi! }));
  const data = funnelData(
    { yi: used.map((s) => s.yi!), vi: used.map((s) => s.vi!), b: result.b ?? NaN, tau2: result.tau2 ?? 0, level: result.level },
    { refline: tf.b ?? undefined },
  );
  const xs = filled.map((p) => p.yi);
  const widened = xs.length === 0 ? data : { ...data, xlim: [Math.min(data.xlim[0], ...xs), Math.max(data.xlim[1], ...xs)] as const };
  const ratio = result.transf.name === 'exp';
  const name = measureName(result.measure);
  return funnelPlot(widened, { filled, exp: ratio, xlab: ratio ? `${name} (log scale)` : name });
}
