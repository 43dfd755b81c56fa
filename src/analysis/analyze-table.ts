/**
 * Pools a table of studies: picks the metafor-named input columns, computes the
 * effect sizes, fits the requested model and returns one JSON-ready object whose
 * keys follow metafor's rma fields. Errors in the data come back as FileFormatError
 * pointing at the file, line and column, whatever layer found them.
 */
import { FileFormatError } from '../io/errors.js';
import type { CsvTable } from '../io/csv/parse-csv.js';
import { hasColumn, numericColumn, textColumn } from '../io/csv/numeric-column.js';
import { InputError } from '../stats/errors.js';
import { escalc, MEASURES, type EscalcInput, type Measure } from '../stats/effects/index.js';
import { rmaMH } from '../stats/models/mantel-haenszel.js';
import { rmaPeto } from '../stats/models/peto.js';
import { rma } from '../stats/models/rma.js';
import type { PooledResult } from '../stats/models/types.js';
import type { AnalysisOptions } from './analysis-options.js';
import { toResultJson, type AnalysisJson } from './result-json.js';

/** Every input name escalc understands, in metafor's spelling. */
const INPUT_FIELDS = [
  'ai', 'bi', 'ci', 'di', 'n1i', 'n2i', 'm1i', 'sd1i', 'm2i', 'sd2i', 'xi', 'ni', 'mi', 'sdi', 'ri',
  'x1i', 'x2i', 't1i', 't2i', 'ti', 'yi', 'vi', 'sei', 'ci_lb', 'ci_ub',
] as const;

const MH_MEASURES = new Set(['OR', 'RR', 'RD']);

export function studyLabels(table: CsvTable, column?: string): string[] {
  const name = column ?? ['study', 'Study', 'author', 'study_id', 'label'].find((c) => hasColumn(table, c));
  if (name === undefined) return table.rows.map((_, i) => `Study ${i + 1}`);
  return textColumn(table, name);
}

function chooseMeasure(table: CsvTable, requested: string | undefined): Measure {
  const m = requested ?? (hasColumn(table, 'yi') ? 'GEN' : undefined);
  if (m === undefined) {
    throw new FileFormatError(
      'choose an effect measure with --measure (for example OR, RR, MD or SMD); the table has no yi column to pool directly',
      { file: table.file },
    );
  }
  const upper = m.toUpperCase();
  const found = MEASURES.find((x) => x.toUpperCase() === upper);
  if (found === undefined) {
    throw new FileFormatError(`unknown measure '${m}'. Use one of ${MEASURES.join(', ')}`, { file: table.file });
  }
  return found;
}

/** Re-throw a core InputError as a FileFormatError at the offending line and column. */
function locate<T>(table: CsvTable, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const row = err.row;
    const column = err.field !== undefined && hasColumn(table, err.field) ? err.field : undefined;
    throw new FileFormatError(err.message, {
      file: table.file,
      line: row === undefined ? undefined : table.lines[row],
      column,
    });
  }
}

export function analyzeTable(table: CsvTable, options: AnalysisOptions = {}): AnalysisJson {
  const measure = chooseMeasure(table, options.measure);
  const labels = studyLabels(table, options.studyColumn);
  const input: Record<string, number[]> = {};
  for (const f of INPUT_FIELDS) if (hasColumn(table, f)) input[f] = numericColumn(table, f);
  const method = options.method ?? 'REML';
  const level = options.level ?? 95;
  const zeroCells = { add: options.add, to: options.to, drop00: options.drop00 };

  let result: PooledResult;
  if (method === 'MH' || method === 'PETO') {
    const binary = method === 'PETO' ? measure === 'OR' || measure === 'PETO' : MH_MEASURES.has(measure);
    if (!binary) {
      throw new FileFormatError(
        method === 'MH'
          ? `the Mantel–Haenszel method pools OR, RR or RD, not ${measure}`
          : `the Peto method pools odds ratios (measure OR or PETO), not ${measure}`,
        { file: table.file },
      );
    }
    const tables = { ai: input.ai, bi: input.bi, ci: input.ci, di: input.di, n1i: input.n1i, n2i: input.n2i };
    const fit = locate(table, () =>
      method === 'MH'
        ? rmaMH(tables, { measure: measure as 'OR' | 'RR' | 'RD', level, ...zeroCells })
        : rmaPeto(tables, { level, ...zeroCells }),
    );
    // metafor labels both 'FE'; name the pooling method the user chose
    result = { ...fit, method };
  } else {
    const es = locate(table, () => escalc(measure, input as EscalcInput, zeroCells));
    result = locate(table, () => rma(es.yi, es.vi, { method, test: options.test ?? 'z', level }));
    if (es.warnings.length > 0) result = { ...result, warnings: [...es.warnings, ...result.warnings] };
  }
  // PFT back-transforms with the harmonic mean of the group sizes (metafor's transf.ipft.hm)
  const ni = input.ni ?? (input.xi && input.mi ? input.xi.map((x, i) => x + input.mi[i]) : undefined);
  return toResultJson(result, { measure, labels, ni });
}
