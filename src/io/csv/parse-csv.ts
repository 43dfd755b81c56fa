/**
 * Reads a CSV table (RFC 4180, comma or semicolon or tab separated, UTF-8 with or
 * without a byte-order mark) into header + rows, remembering the line each row
 * starts on so later errors can point at it.
 */
import { parse } from 'csv-parse/sync';
import { FileFormatError } from '../errors.js';

export interface CsvTable {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** 1-based line number in the file where each row starts. */
  readonly lines: readonly number[];
}

function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

export function parseCsv(text: string, file: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter: detectDelimiter(firstLine),
      info: true,
      raw: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw new FileFormatError(`this is not a readable CSV table (${e.message.replace(/^Invalid Record Length: /, '')})`, {
      file,
      line: e.lines,
    });
  }
  if (records.length === 0) throw new FileFormatError('the file is empty: it needs a header row and one row per study', { file });
  const columns = records[0].record.map((c) => c.trim());
  const seen = new Set<string>();
  for (const c of columns) {
    if (c === '') throw new FileFormatError('a column in the header row has no name', { file, line: 1 });
    if (seen.has(c)) throw new FileFormatError(`the column '${c}' appears twice in the header row`, { file, line: 1, column: c });
    seen.add(c);
  }
  const data = records.slice(1);
  // csv-parse reports the line a record ends on; quoted cells may span several lines
  const lines = data.map((r) => r.info.lines - (r.raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0));
  return { file, columns, rows: data.map((r) => r.record), lines };
}
