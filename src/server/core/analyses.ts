/**
 * Analyses posted to the server: the table and options are kept in the project's
 * settings under a number, and every read reruns analyzeTable on them, so the JSON and
 * the forest plot come from one computation path and nothing stale is stored.
 */
import { analyzeTable, type AnalysisReport } from '../../analysis/analyze-table.js';
import type { AnalysisExtras, AnalysisOptions } from '../../analysis/analysis-options.js';
import { armsFromTable } from '../../analysis/arms-from-table.js';
import { textColumn } from '../../io/csv/numeric-column.js';
import { parseCsv, type CsvTable } from '../../io/csv/parse-csv.js';
import { forestPlot } from '../../plot/forest/forest-plot.js';
import type { ReviewStore } from '../../store/review-store.js';

export type Options = AnalysisOptions & AnalysisExtras;
export interface SavedAnalysis {
  readonly csv: string;
  readonly file: string;
  readonly options: Options;
}

const COUNT = 'server.analysis.count';
const keyOf = (id: number) => `server.analysis.${id}`;

export function runAnalysis(a: SavedAnalysis): { table: CsvTable; result: AnalysisReport } {
  const table = parseCsv(a.csv, a.file);
  return { table, result: analyzeTable(table, a.options) };
}

/** Analyses the table (so bad data is refused before anything is saved) and saves it. */
export function saveAnalysis(store: ReviewStore, a: SavedAnalysis): { id: number; result: AnalysisReport } {
  const { result } = runAnalysis(a);
  const id = ((store.setting(COUNT) as number | undefined) ?? 0) + 1;
  store.setSetting(keyOf(id), a);
  store.setSetting(COUNT, id);
  return { id, result };
}

export const savedAnalysis = (store: ReviewStore, id: number): SavedAnalysis | undefined => store.setting(keyOf(id)) as SavedAnalysis | undefined;

export function analysisForest(a: SavedAnalysis, opts: { layout: 'revman' | 'metafor'; prediction: boolean }): string {
  // the plot draws the pooled model only: the extra sections would not change it
  const { table, result } = runAnalysis({ ...a, options: { ...a.options, leave1out: false, cumulative: undefined, influence: false, bias: false } });
  return forestPlot(result, {
    layout: opts.layout,
    arms: armsFromTable(table),
    subgroupOf: a.options.subgroup === undefined ? undefined : textColumn(table, a.options.subgroup).map((s) => s.trim()),
    prediction: opts.prediction,
  });
}
