/**
 * The table the user edits: one row per study with the cells as typed, turned into the
 * CsvTable the core reads (the same shape `metasift analyze` reads from a file), or
 * written out as CSV. Rows left entirely empty are ignored rather than reported.
 */
import type { CsvTable } from '../../../src/io/csv/parse-csv.js';
import { kindSpec, type DataKind } from './data-kinds.js';

export interface StudyRow {
  readonly id: number;
  readonly study: string;
  readonly subgroup: string;
  /** Cells by metafor input name, as typed. */
  readonly values: Readonly<Record<string, string>>;
}

export interface StudyTable {
  readonly kind: DataKind;
  readonly rows: readonly StudyRow[];
  readonly subgroups: boolean;
}

export const TABLE_FILE = 'study table';

export function tableColumns(t: StudyTable): string[] {
  return ['study', ...kindSpec(t.kind).columns, ...(t.subgroups ? ['subgroup'] : [])];
}

function cells(t: StudyTable, r: StudyRow): string[] {
  return tableColumns(t).map((c) => (c === 'study' ? r.study : c === 'subgroup' ? r.subgroup : (r.values[c] ?? '')));
}

/** The rows that count: those with something typed in them. */
export function usedRows(t: StudyTable): StudyRow[] {
  return t.rows.filter((r) => cells(t, r).some((c) => c.trim() !== ''));
}

/** The core's input. `lines` number the rows from 1 so messages can name "study row N". */
export function toCsvTable(t: StudyTable): CsvTable {
  const rows = usedRows(t);
  return {
    file: TABLE_FILE,
    columns: tableColumns(t),
    rows: rows.map((r, i) => cells(t, r).map((c, j) => (j === 0 && c.trim() === '' ? `Study ${i + 1}` : c.trim()))),
    lines: rows.map((r) => t.rows.indexOf(r) + 1),
  };
}

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** RFC 4180 CSV with metafor's column names, readable by `metasift analyze`. */
export function toCsv(t: StudyTable): string {
  const rows = [tableColumns(t), ...usedRows(t).map((r) => cells(t, r))];
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
