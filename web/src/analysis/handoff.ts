/**
 * An outcome's extracted table from the server (GET /api/outcomes/:name/table) as the
 * page's study table: written as CSV in metafor's names and read through tableFromCsv, the
 * same path as opening a CSV file. The Extraction page's "Open in analysis" hands one over
 * in sessionStorage, read once by the Analysis page; the Analysis page's own outcome
 * choice loads one directly. A study characteristic the table carries (?with=msc_source)
 * can become the Subgroup column.
 */
import type { ProjectTable } from '../../../src/analysis/project-table.js';
import { TEXT_CHARACTERISTICS } from '../../../src/review/extraction/types.js';
import { tableFromCsv } from './open-csv.js';
import type { StudyTable } from './study-table.js';

const KEY = 'metasift.analysis.handoff';
// where each number came from: useful in the server's table, not an input of the analysis
const DROP = new Set<string>(['source', 'conversion', 'subgroup', ...TEXT_CHARACTERISTICS]);

const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export interface Handoff {
  readonly table: StudyTable;
  readonly higherIsBetter: boolean;
  /** The outcome's name (absent in handoffs written before it was kept). */
  readonly outcome?: string;
}

/** The table's CSV: its metafor columns, and the characteristic `subgroupBy` as the subgroup column. */
function projectCsv(t: ProjectTable, subgroupBy?: string): string {
  const keep = t.columns.map((c, i) => [c, i] as const).filter(([c]) => !DROP.has(c) || c === subgroupBy);
  const names = keep.map(([c]) => (c === subgroupBy ? 'subgroup' : c));
  const lines = [names, ...t.rows.map((r) => keep.map(([, i]) => r[i] ?? ''))].map((l) => l.map(cell).join(','));
  return lines.join('\n') + '\n';
}

/** The server's table as the page's (undefined when it has no usable columns). */
export function studyTableOf(t: ProjectTable, subgroupBy?: string): StudyTable | undefined {
  return tableFromCsv(projectCsv(t, subgroupBy), t.file);
}

/** Each study's value of characteristic `name` in the server's table, by study label. */
export function characteristicByStudy(t: ProjectTable, name: string): Map<string, string> {
  const j = t.columns.indexOf(name);
  return new Map(j < 0 ? [] : t.rows.map((r) => [r[0], r[j] ?? '']));
}

export function handToAnalysis(t: ProjectTable): void {
  sessionStorage.setItem(KEY, JSON.stringify({ csv: projectCsv(t), file: t.file, higherIsBetter: !t.outcome.lowerIsBetter, outcome: t.outcome.name }));
}

/** The handed table (undefined when there is none or it has no usable columns); clearHandoff once it is taken. */
export function peekHandoff(): Handoff | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (raw === null) return undefined;
  const { csv, file, higherIsBetter, outcome } = JSON.parse(raw) as { csv: string; file: string; higherIsBetter: boolean; outcome?: string };
  const table = tableFromCsv(csv, file);
  return table && { table, higherIsBetter, outcome };
}

export const clearHandoff = (): void => sessionStorage.removeItem(KEY);
