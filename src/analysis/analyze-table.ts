/**
 * Pools a table of studies: computes the effect sizes, fits the requested model and
 * returns one JSON-ready object whose keys follow metafor's rma fields, with the
 * extra analyses asked for (subgroups, moderators, sensitivity, bias) as sections.
 * Errors in the data come back as FileFormatError pointing at the file, line and
 * column, whatever layer found them.
 */
import type { CsvTable } from '../io/csv/parse-csv.js';
import type { AnalysisExtras, AnalysisOptions } from './analysis-options.js';
import { effectData } from './effect-data.js';
import { pooledResult } from './pooled-result.js';
import { num, type AnalysisJson } from './result-json.js';
import { biasSection } from './sections/bias.js';
import { moderatorSection, permutationSection, type ModsJson } from './sections/moderators.js';
import { sensitivitySections } from './sections/sensitivity.js';
import { subgroupSection, type SubgroupsJson } from './sections/subgroups.js';

export { studyLabels } from './effect-data.js';
export { pooledResult } from './pooled-result.js';

/** A pooled result with the extra analyses that were asked for. */
export interface AnalysisReport extends AnalysisJson {
  readonly subgroups?: SubgroupsJson;
  readonly mods?: ModsJson;
  readonly permutation?: { readonly iterations: number; readonly exact: boolean; readonly pval: number | null };
  readonly leave1out?: readonly Record<string, unknown>[];
  readonly cumulative?: readonly Record<string, unknown>[];
  readonly influence?: readonly Record<string, unknown>[];
  readonly bias?: ReturnType<typeof biasSection>;
}

export function analyzeTable(table: CsvTable, options: AnalysisOptions & AnalysisExtras = {}): AnalysisReport {
  const data = effectData(table, options);
  const main = pooledResult(table, data, options);
  const hasMods = options.mods !== undefined && options.mods.length > 0;
  const perm = !hasMods && options.permutations !== undefined ? permutationSection(data, undefined, options) : undefined;
  return {
    ...main,
    ...(perm ? { permutation: { iterations: perm.iterations, exact: perm.exact, pval: num(perm.pval[0]) } } : {}),
    ...(options.subgroup === undefined ? {} : { subgroups: subgroupSection(table, data, options) }),
    ...(hasMods ? { mods: moderatorSection(table, data, options) } : {}),
    ...sensitivitySections(table, data, options),
    ...(options.bias ? { bias: biasSection(table, data, options) } : {}),
  };
}
