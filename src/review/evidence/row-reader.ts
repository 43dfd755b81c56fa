/**
 * Typed cells of a CSV table with errors that name the file, line and column
 * (FileFormatError), so that a person fixing the data knows where to look.
 * Blank cells are null: the data's rule is "blank means not found, never zero".
 */
import { FileFormatError } from '../../io/errors.js';
import type { CsvTable } from '../../io/csv/parse-csv.js';

export interface RowReader {
  readonly line: number;
  text(column: string): string;
  required(column: string): string;
  number(column: string, opts?: { integer?: boolean; min?: number; positive?: boolean }): number | null;
  oneOf<T extends string>(column: string, values: readonly T[]): T;
  fail(column: string, message: string): never;
}

export function checkColumns(table: CsvTable, columns: readonly string[]): void {
  for (const c of columns) {
    if (!table.columns.includes(c)) throw new FileFormatError(`the column '${c}' is missing from the header row`, { file: table.file, line: 1, column: c });
  }
}

export function rowReader(table: CsvTable, i: number): RowReader {
  const line = table.lines[i];
  const fail = (column: string, message: string): never => {
    throw new FileFormatError(message, { file: table.file, line, column });
  };
  const text = (column: string): string => {
    const j = table.columns.indexOf(column);
    if (j < 0) fail(column, `the column '${column}' is missing from the header row`);
    return (table.rows[i][j] ?? '').trim();
  };
  return {
    line,
    fail,
    text,
    required(column) {
      const s = text(column);
      if (s === '') fail(column, 'this cell must not be empty');
      return s;
    },
    number(column, opts = {}) {
      const s = text(column);
      if (s === '') return null;
      const x = Number(s);
      if (!Number.isFinite(x)) fail(column, `'${s}' is not a number (leave the cell empty if the source printed none)`);
      if (opts.integer && !Number.isInteger(x)) fail(column, `'${s}' must be a whole number`);
      if (opts.min !== undefined && x < opts.min) fail(column, `'${s}' must be at least ${opts.min}`);
      if (opts.positive && !(x > 0)) fail(column, `'${s}' must be greater than 0`);
      return x;
    },
    oneOf(column, values) {
      const s = text(column);
      if (!(values as readonly string[]).includes(s)) fail(column, `'${s}' is not one of ${values.join(', ')}`);
      return s as (typeof values)[number];
    },
  };
}
