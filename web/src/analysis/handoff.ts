/**
 * An outcome's extracted table handed from the Extraction page to the Analysis page
 * ("Open in analysis"): kept in sessionStorage as CSV in metafor's names, read once by
 * the Analysis page through tableFromCsv, the same path as opening a CSV file.
 */
import type { ProjectTable } from '../../../src/analysis/project-table.js';
import { tableFromCsv } from './open-csv.js';
import type { StudyTable } from './study-table.js';

const KEY = 'metasift.analysis.handoff';
// where each number came from: useful in the server's table, not an input of the analysis
const DROP = new Set(['source', 'conversion']);

const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export interface Handoff {
  readonly table: StudyTable;
  readonly higherIsBetter: boolean;
}

export function handToAnalysis(t: ProjectTable): void {
  const keep = t.columns.map((c, i) => [c, i] as const).filter(([c]) => !DROP.has(c));
  const lines = [keep.map(([c]) => c), ...t.rows.map((r) => keep.map(([, i]) => r[i] ?? ''))].map((l) => l.map(cell).join(','));
  sessionStorage.setItem(KEY, JSON.stringify({ csv: lines.join('\n') + '\n', file: t.file, higherIsBetter: !t.outcome.lowerIsBetter }));
}

/** The handed table (undefined when there is none or it has no usable columns); clearHandoff once it is taken. */
export function peekHandoff(): Handoff | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (raw === null) return undefined;
  const { csv, file, higherIsBetter } = JSON.parse(raw) as { csv: string; file: string; higherIsBetter: boolean };
  const table = tableFromCsv(csv, file);
  return table && { table, higherIsBetter };
}

export const clearHandoff = (): void => sessionStorage.removeItem(KEY);
