/**
 * Reads RevMan 5's "Export data and analyses" CSV into the Rm5Review model.
 * One row per comparison (outcome number 0), per outcome (with its data type,
 * method, measure, model and pooled results), per subgroup and per study. The
 * export rounds to 8 decimals, so stored values agree with recomputed ones to
 * about 5e-9 absolute. Study rows are told from subgroup rows by their SE or
 * user-defined order; the columns are those RevMan 5.3–5.4 write.
 */
import { FileFormatError } from '../errors.js';
import { parseCsv, type CsvTable } from '../csv/parse-csv.js';
import { measureCode, methodCode, outcomeType, pick, randomCode } from './csv-attributes.js';
import type { Rm5Comparison, Rm5DataRow, Rm5Outcome, Rm5Review, Rm5Subgroup } from './types.js';

const DATA: Readonly<Record<string, string>> = {
  'Events 1': 'EVENTS_1',
  'Mean 1': 'MEAN_1',
  'SD 1': 'SD_1',
  'Total 1': 'TOTAL_1',
  'Events 2': 'EVENTS_2',
  'Mean 2': 'MEAN_2',
  'SD 2': 'SD_2',
  'Total 2': 'TOTAL_2',
  'Effect Estimate': 'EFFECT_SIZE',
  SE: 'SE',
  'CI Start': 'CI_START',
  'CI End': 'CI_END',
  Weight: 'WEIGHT',
};

const POOLED: Readonly<Record<string, string>> = {
  ...DATA,
  Q: 'CHI2',
  'P(Q)': 'P_CHI2',
  'I²(Q)': 'I2',
  'Tau²': 'TAU2',
  Z: 'Z',
  'P(Z)': 'P_Z',
  Qint: 'Q',
  'P(Qint)': 'P_Q',
  'I²(Qint)': 'I2_Q',
  df: 'DF',
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

function cells(table: CsvTable, i: number) {
  return (column: string) => {
    const j = table.columns.indexOf(column);
    return j < 0 ? undefined : table.rows[i][j];
  };
}

export function parseRevman5Csv(text: string, file: string): Rm5Review {
  const table = parseCsv(text, file);
  for (const c of ['Comparison Number', 'Outcome Number', 'Subgroup Number', 'Name', 'Data Type']) {
    if (!table.columns.includes(c)) throw new FileFormatError(`this is not a RevMan 5 export: there is no '${c}' column`, { file, column: c });
  }
  const comparisons: Mutable<Rm5Comparison>[] = [];
  let outcome: Mutable<Rm5Outcome> | undefined;
  let subgroup: Mutable<Rm5Subgroup> | undefined;
  const studies = new Map<string, string>();
  table.rows.forEach((_, i) => {
    const get = cells(table, i);
    const [c, o, s] = ['Comparison Number', 'Outcome Number', 'Subgroup Number'].map((k) => get(k) ?? '');
    const name = get('Name') ?? '';
    const isStudy = (get('SE') ?? '') !== '' || (get('User defined order') ?? '') !== '';
    if (o === '0' || o === '') {
      comparisons.push({ id: `CMP-${c.padStart(3, '0')}`, name, attributes: { NO: c }, outcomes: [] });
      outcome = subgroup = undefined;
    } else if (!isStudy && s === '0') {
      const type = outcomeType(get('Data Type') ?? '');
      if (type === undefined) throw new FileFormatError(`unknown data type '${get('Data Type')}' for outcome ${c}.${o}`, { file, line: table.lines[i], column: 'Data Type' });
      const attributes = {
        ...pick(get, POOLED),
        EFFECT_MEASURE: measureCode(get('Effect Measure') ?? ''),
        METHOD: methodCode(get('Statistical Method') ?? ''),
        RANDOM: randomCode(get('Analysis Model') ?? ''),
        NO: o,
      };
      const labels = pick(get, { 'Group Label 1': 'GROUP_LABEL_1', 'Group Label 2': 'GROUP_LABEL_2', 'Left Graph Label': 'GRAPH_LABEL_1', 'Right Graph Label': 'GRAPH_LABEL_2' });
      outcome = { type, id: `CMP-${c.padStart(3, '0')}.${o.padStart(2, '0')}`, name, attributes, labels, rows: [], subgroups: [], line: table.lines[i] };
      subgroup = undefined;
      if (comparisons.length === 0) throw new FileFormatError('an outcome row comes before any comparison row', { file, line: table.lines[i] });
      comparisons.at(-1)!.outcomes.push(outcome);
    } else if (outcome === undefined) {
      throw new FileFormatError(`row '${name}' comes before any outcome row`, { file, line: table.lines[i] });
    } else if (!isStudy) {
      subgroup = { id: `${outcome.id}.${s.padStart(2, '0')}`, name, attributes: pick(get, POOLED), rows: [], line: table.lines[i] };
      (outcome.subgroups as Rm5Subgroup[]).push(subgroup);
    } else {
      const id = `STD-${name}`;
      studies.set(id, get('Year of study') ?? '');
      const row: Rm5DataRow = { studyId: id, attributes: { ...pick(get, DATA), ORDER: get('User defined order') ?? '' }, line: table.lines[i] };
      (subgroup ?? outcome).rows.push(row);
    }
  });
  return {
    file,
    title: '',
    attributes: {},
    analysesAttributes: {},
    studies: [...studies].map(([id, year]) => ({ id, name: id.slice(4), year })),
    comparisons,
    skipped: [],
  };
}
