/** The fixed inputs of the plot tests: analyses of small CSV tables kept in test/plot/data. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeTable } from '../../../src/analysis/analyze-table.js';
import type { AnalysisExtras, AnalysisOptions } from '../../../src/analysis/analysis-options.js';
import { armsFromTable } from '../../../src/analysis/arms-from-table.js';
import { subsetTable } from '../../../src/cli/plots.js';
import { textColumn } from '../../../src/io/csv/numeric-column.js';
import { parseCsv } from '../../../src/io/csv/parse-csv.js';

export const dataFile = (name: string) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));
export const PERIANAL = fileURLToPath(new URL('../../../data/msc-autoimmune/perianal-fistula-healing.csv', import.meta.url));

export function table(file: string, subset?: string) {
  return subsetTable(parseCsv(readFileSync(file, 'utf8'), file), subset);
}

export function analysis(file: string, options: AnalysisOptions & AnalysisExtras, subset?: string) {
  const t = table(file, subset);
  const result = analyzeTable(t, options);
  return {
    result,
    arms: armsFromTable(t),
    subgroupOf: options.subgroup === undefined ? undefined : textColumn(t, options.subgroup).map((s) => s.trim()),
  };
}
