/**
 * Turns a text column into numbers: empty cells and NA are missing (NaN), a decimal
 * comma is accepted ("1,5" when the file is not comma separated), anything else that
 * is not a number is an error naming the file, line and column.
 */
import { FileFormatError } from '../errors.js';
import type { CsvTable } from './parse-csv.js';

const MISSING = new Set(['', 'NA', 'N/A', 'na', 'NaN', '.', '-', 'NR', 'nr']);

export function hasColumn(table: CsvTable, name: string): boolean {
  return table.columns.includes(name);
}

export function textColumn(table: CsvTable, name: string): string[] {
  const j = table.columns.indexOf(name);
  if (j < 0) throw new FileFormatError(`there is no column named '${name}'`, { file: table.file, column: name });
  return table.rows.map((r) => r[j]);
}

export function numericColumn(table: CsvTable, name: string): number[] {
  return textColumn(table, name).map((cell, i) => {
    const s = cell.trim();
    if (MISSING.has(s)) return NaN;
    const normalised = /^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
    const x = Number(normalised);
    if (!Number.isFinite(x)) {
      throw new FileFormatError(`'${cell}' is not a number (leave the cell empty if the value is missing)`, {
        file: table.file,
        line: table.lines[i],
        column: name,
      });
    }
    return x;
  });
}
