/**
 * Subgroups of a project's outcome by a study characteristic (subgroups by MSC source …)
 * when some studies have no value for it: nobody entered it, the extractors disagree on it
 * unreconciled, or, in the table of a reviewer who does not resolve, it is not yet checked
 * by a second extractor. A group of its own for those studies ("not reported") would invent
 * a subgroup, and leaving them out would change the pooled result; and a forest plot of
 * subgroups over some of the studies would hide the others. So the outcome is pooled over
 * all its studies without subgroups, with a warning in plain words that says which
 * characteristic is missing for how many studies (naming them only to those who may see
 * whose values are open: never in a blinded table).
 */
import { characteristicLabel } from '../review/extraction/characteristic-labels.js';
import type { AnalysisExtras, AnalysisOptions } from './analysis-options.js';
import { analyzeTable, type AnalysisReport } from './analyze-table.js';
import type { CsvTable } from '../io/csv/parse-csv.js';
import type { ProjectTable } from './project-table.js';

export interface SubgroupGap {
  /** The characteristic, as stored (msc_source). */
  readonly column: string;
  /** In plain words (MSC source). */
  readonly label: string;
  /** Studies in the table. */
  readonly total: number;
  /** Studies with no value, by label: nobody entered it (or, blinded, not yet checked by a second extractor). */
  readonly missing: readonly string[];
  /** Studies whose extractors disagree on it and nobody has reconciled it. */
  readonly disputed: readonly string[];
  /** The table is a non-resolver's view: no study may be named. */
  readonly blinded: boolean;
}

/** A project's table, or rows of it (--subset), with the notes of its studies. */
export type ProjectRows = CsvTable & Partial<Pick<ProjectTable, 'notes' | 'blinded'>>;

/** The studies of the table that lack the characteristic; undefined when every study has it. */
export function subgroupGap(table: ProjectRows, column: string): SubgroupGap | undefined {
  const j = table.columns.indexOf(column);
  const s = table.columns.indexOf('study');
  const empty = table.rows.filter((r) => j < 0 || (r[j] ?? '').trim() === '').map((r) => r[s] ?? '');
  if (empty.length === 0) return undefined;
  // study labels are unique in a project; notes are looked up by label, as a subset keeps some rows only
  const disputed = new Set((table.notes ?? []).filter((n) => n.characteristics[column]?.source === 'disputed').map((n) => n.study));
  return {
    column,
    label: characteristicLabel(column),
    total: table.rows.length,
    missing: empty.filter((x) => !disputed.has(x)),
    disputed: empty.filter((x) => disputed.has(x)),
    blinded: table.blinded === true,
  };
}

/** "1 of 3 studies has no MSC source yet (not entered, or not yet checked by a second extractor)". */
export function subgroupGapWords(g: SubgroupGap): string {
  const n = g.missing.length + g.disputed.length;
  const count = `${n} of ${g.total} ${g.total === 1 ? 'study' : 'studies'} ${n === 1 ? 'has' : 'have'} no ${g.label}`;
  if (g.blinded) return `${count} yet (not entered, or not yet checked by a second extractor)`;
  const why = [
    ...(g.missing.length === 0 ? [] : [`not entered for ${g.missing.join(', ')}`]),
    ...(g.disputed.length === 0 ? [] : [`the extractors disagree on it and nobody has reconciled it for ${g.disputed.join(', ')}`]),
  ];
  return `${count} (${why.join('; ')})`;
}

/**
 * analyzeTable for a project's outcome table: with subgroups when every study has the
 * characteristic, else over all the studies without subgroups and a warning saying so.
 */
export function analyzeProjectTable(table: ProjectRows, options: AnalysisOptions & AnalysisExtras): AnalysisReport {
  const gap = options.subgroup === undefined ? undefined : subgroupGap(table, options.subgroup);
  if (gap === undefined) return analyzeTable(table, options);
  const result = analyzeTable(table, { ...options, subgroup: undefined, subgroupTau2: undefined });
  const all = `${gap.total === 1 ? 'the one study' : `all ${gap.total} studies`}`;
  return { ...result, warnings: [`Subgroups by ${gap.label} are not shown: ${subgroupGapWords(gap)}. The result pools ${all} without subgroups.`, ...result.warnings] };
}
