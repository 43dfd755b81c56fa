/**
 * Reads a RevMan Web data package (version 1 layout: a folder, or the files of
 * the unzipped archive, ending in -data-rows.csv, -overall-estimates-and-settings.csv
 * and -subgroup-estimates.csv) into the Rm5Review model. RevMan Web rounds
 * stored values to 6 decimals and writes 0 for results it did not calculate;
 * such all-zero results are left out rather than read as stored values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileFormatError } from '../errors.js';
import { parseCsv, type CsvTable } from '../csv/parse-csv.js';
import { measureCode, methodCode, outcomeType, pick, randomCode } from './csv-attributes.js';
import type { Rm5Comparison, Rm5DataRow, Rm5Outcome, Rm5Review } from './types.js';

const ROW: Readonly<Record<string, string>> = {
  'Experimental cases': 'EVENTS_1',
  'Experimental N': 'TOTAL_1',
  'Experimental mean': 'MEAN_1',
  'Experimental SD': 'SD_1',
  'Control cases': 'EVENTS_2',
  'Control N': 'TOTAL_2',
  'Control mean': 'MEAN_2',
  'Control SD': 'SD_2',
  'O-E': 'O_E',
  Variance: 'VAR',
  Weight: 'WEIGHT',
};

const RESULT: Readonly<Record<string, string>> = {
  Mean: 'EFFECT_SIZE',
  'CI start': 'CI_START',
  'CI end': 'CI_END',
};

const OVERALL: Readonly<Record<string, string>> = {
  ...RESULT,
  'Experimental cases': 'EVENTS_1',
  'Experimental N': 'TOTAL_1',
  'Control cases': 'EVENTS_2',
  'Control N': 'TOTAL_2',
  'Heterogeneity Tau²': 'TAU2',
  'Heterogeneity Chi²': 'CHI2',
  'Heterogeneity df': 'DF',
  'Heterogeneity P': 'P_CHI2',
  'Heterogeneity I²': 'I2',
  'Effect Z': 'Z',
  'Effect P': 'P_Z',
  'Subgroup Chi²': 'Q',
  'Subgroup P': 'P_Q',
  'Subgroup I²': 'I2_Q',
};

function getter(t: CsvTable, i: number) {
  return (c: string) => {
    const j = t.columns.indexOf(c);
    return j < 0 ? undefined : t.rows[i][j];
  };
}

/** Drops a result RevMan Web did not calculate (estimate and CI all written as 0). */
function results(get: (c: string) => string | undefined, map: Readonly<Record<string, string>>): Record<string, string> {
  const uncalculated = ['Mean', 'CI start', 'CI end'].every((c) => Number(get(c) ?? '0') === 0);
  return uncalculated ? {} : pick(get, map);
}

export function readRevmanWebPackage(dir: string): Rm5Review {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch (err) {
    throw new FileFormatError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file: dir });
  }
  const load = (suffix: string) => {
    const f = files.find((x) => x.endsWith(suffix));
    if (f === undefined) throw new FileFormatError(`the data package has no *${suffix} file`, { file: dir });
    return parseCsv(readFileSync(join(dir, f), 'utf8'), join(dir, f));
  };
  const settings = load('-overall-estimates-and-settings.csv');
  const data = load('-data-rows.csv');
  const comparisons = new Map<string, { name: string; outcomes: Rm5Outcome[] }>();
  const outcomes = new Map<string, Rm5Outcome & { rows: Rm5DataRow[] }>();
  settings.rows.forEach((_, i) => {
    const get = getter(settings, i);
    const [g, n] = [get('Analysis group') ?? '', get('Analysis number') ?? ''];
    const type = outcomeType(get('Data type') ?? '');
    if (type === undefined) throw new FileFormatError(`unknown data type '${get('Data type')}'`, { file: settings.file, line: settings.lines[i], column: 'Data type' });
    const id = `CMP-${g.padStart(3, '0')}.${n.padStart(2, '0')}`;
    const attributes = {
      ...results(get, OVERALL),
      EFFECT_MEASURE: measureCode(get('Effect measure') ?? ''),
      METHOD: methodCode(get('Statistical method') ?? ''),
      RANDOM: randomCode(get('Analysis model') ?? ''),
      LOG_DATA: (get('Log-scale data') ?? '').toLowerCase() === 'true' ? 'YES' : 'NO',
      SWAP_EVENTS: (get('Swap event and non-event') ?? '').toLowerCase() === 'true' ? 'YES' : 'NO',
      CI_STUDY: (get('Study CI') ?? '95').replace('%', ''),
      CI_TOTAL: (get('Estimate CI') ?? '95').replace('%', ''),
    };
    const outcome = { type, id, name: get('Analysis name') ?? '', attributes, labels: {}, rows: [] as Rm5DataRow[], subgroups: [], line: settings.lines[i] };
    outcomes.set(`${g}/${n}`, outcome);
    if (!comparisons.has(g)) comparisons.set(g, { name: get('Analysis group name') ?? '', outcomes: [] });
    comparisons.get(g)!.outcomes.push(outcome);
  });
  const studies = new Map<string, string>();
  data.rows.forEach((_, i) => {
    const get = getter(data, i);
    const outcome = outcomes.get(`${get('Analysis group')}/${get('Analysis number')}`);
    if (outcome === undefined) throw new FileFormatError('a data row belongs to no analysis in the settings file', { file: data.file, line: data.lines[i] });
    const study = get('Study') ?? '';
    studies.set(`STD-${study}`, get('Study year') ?? '');
    const giv = outcome.type === 'IV' ? pick(get, { 'GIV Mean': 'EFFECT_SIZE', 'GIV SE': 'SE' }) : {};
    outcome.rows.push({ studyId: `STD-${study}`, attributes: { ...pick(get, ROW), ...results(get, RESULT), ...giv }, line: data.lines[i] });
  });
  const list: Rm5Comparison[] = [...comparisons].map(([g, c]) => ({ id: `CMP-${g.padStart(3, '0')}`, name: c.name, attributes: {}, outcomes: c.outcomes }));
  return {
    file: dir,
    title: '',
    attributes: {},
    analysesAttributes: {},
    studies: [...studies].map(([id, year]) => ({ id, name: id.slice(4), year })),
    comparisons: list,
    skipped: [],
  };
}
