/**
 * Reads ROB.csv (docs/rob-csv.md): columns study, D1–D5, overall (any case, in any
 * order, other columns ignored) and an optional weight. Every judgement is checked; an
 * unknown one is an error naming the file, line and column.
 */
import { parseCsv, type CsvTable } from '../csv/parse-csv.js';
import { FileFormatError } from '../errors.js';
import type { Judgement, RobStudy } from '../../plot/rob/judgements.js';
import { parseJudgement } from './judgement.js';

const JUDGED = ['D1', 'D2', 'D3', 'D4', 'D5', 'overall'];

function columnIndex(table: CsvTable, name: string, required: boolean): number {
  const j = table.columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
  if (j < 0 && required) {
    throw new FileFormatError(`there is no column named '${name}': a RoB 2 table needs study, D1, D2, D3, D4, D5 and overall (weight is optional)`, {
      file: table.file,
      line: 1,
      column: name,
    });
  }
  return j;
}

export function robFromTable(table: CsvTable): RobStudy[] {
  const study = columnIndex(table, 'study', true);
  const judged = JUDGED.map((c) => columnIndex(table, c, true));
  const weight = columnIndex(table, 'weight', false);
  if (table.rows.length === 0) throw new FileFormatError('the table has no studies: add one row per study under the header', { file: table.file });
  return table.rows.map((row, i) => {
    const where = (column: number) => ({ file: table.file, line: table.lines[i], column: table.columns[column] });
    const name = row[study].trim();
    if (name === '') throw new FileFormatError('the study has no name', where(study));
    const js: Judgement[] = judged.map((j) => {
      const p = parseJudgement(row[j]);
      if (!p.ok) throw new FileFormatError(p.reason, where(j));
      return p.value;
    });
    const out: RobStudy = { study: name, domains: js.slice(0, 5), overall: js[5] };
    if (weight < 0 || row[weight].trim() === '') return out;
    const w = Number(row[weight].trim().replace(/%$/, '').replace(/^(\d+),(\d+)$/, '$1.$2'));
    if (!(Number.isFinite(w) && w >= 0)) throw new FileFormatError(`'${row[weight]}' is not a weight (a number of 0 or more, such as 12.5 or 12.5%)`, where(weight));
    return { ...out, weight: w };
  });
}

export function readRob(text: string, file: string): RobStudy[] {
  return robFromTable(parseCsv(text, file));
}
