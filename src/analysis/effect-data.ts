/**
 * The per-row effect sizes of a table, computed once and shared by the pooled model
 * and every extra analysis (subgroups, moderators, sensitivity, bias).
 */
import type { CsvTable } from '../io/csv/parse-csv.js';
import { FileFormatError } from '../io/errors.js';
import { hasColumn, numericColumn, textColumn } from '../io/csv/numeric-column.js';
import { InputError } from '../stats/errors.js';
import { escalc, MEASURES, type EscalcInput, type Measure } from '../stats/effects/index.js';
import type { AnalysisOptions } from './analysis-options.js';

/** Every input name escalc understands, in metafor's spelling. */
const INPUT_FIELDS = [
  'ai', 'bi', 'ci', 'di', 'n1i', 'n2i', 'm1i', 'sd1i', 'm2i', 'sd2i', 'xi', 'ni', 'mi', 'sdi', 'ri',
  'x1i', 'x2i', 't1i', 't2i', 'ti', 'yi', 'vi', 'sei', 'ci_lb', 'ci_ub',
] as const;

export interface EffectData {
  readonly measure: Measure;
  readonly labels: readonly string[];
  readonly input: Readonly<Record<string, number[]>>;
  /** Per row, NaN where the effect cannot be computed. */
  readonly yi: readonly number[];
  readonly vi: readonly number[];
  /** Group sizes where the table gives them (for PFT back-transformation and regtest's ni predictors). */
  readonly ni: readonly number[] | undefined;
  readonly warnings: readonly string[];
}

export function studyLabels(table: CsvTable, column?: string): string[] {
  const name = column ?? ['study', 'Study', 'author', 'study_id', 'label'].find((c) => hasColumn(table, c));
  if (name === undefined) return table.rows.map((_, i) => `Study ${i + 1}`);
  return textColumn(table, name);
}

export function chooseMeasure(table: CsvTable, requested: string | undefined): Measure {
  const m = requested ?? (hasColumn(table, 'yi') ? 'GEN' : undefined);
  if (m === undefined) {
    throw new FileFormatError(
      'choose an effect measure with --measure (for example OR, RR, MD or SMD); the table has no yi column to pool directly',
      { file: table.file },
    );
  }
  const found = MEASURES.find((x) => x.toUpperCase() === m.toUpperCase());
  if (found === undefined) {
    throw new FileFormatError(`unknown measure '${m}'. Use one of ${MEASURES.join(', ')}`, { file: table.file });
  }
  return found;
}

/** Re-throw a core InputError as a FileFormatError at the offending line and column. */
export function locate<T>(table: CsvTable, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const column = err.field !== undefined && hasColumn(table, err.field) ? err.field : undefined;
    throw new FileFormatError(err.message, {
      file: table.file,
      line: err.row === undefined ? undefined : table.lines[err.row],
      column,
    });
  }
}

export function effectData(table: CsvTable, options: AnalysisOptions): EffectData {
  const measure = chooseMeasure(table, options.measure);
  const labels = studyLabels(table, options.studyColumn);
  const input: Record<string, number[]> = {};
  for (const f of INPUT_FIELDS) if (hasColumn(table, f)) input[f] = numericColumn(table, f);
  const es = locate(table, () =>
    escalc(measure, input as EscalcInput, { add: options.add, to: options.to, drop00: options.drop00 }),
  );
  const ni =
    input.ni ??
    (input.n1i && input.n2i ? input.n1i.map((n, i) => n + input.n2i[i]) : undefined) ??
    (input.ai && input.bi && input.ci && input.di
      ? input.ai.map((a, i) => a + input.bi[i] + input.ci[i] + input.di[i])
      : undefined) ??
    (input.xi && input.mi ? input.xi.map((x, i) => x + input.mi[i]) : undefined);
  return { measure, labels, input, yi: es.yi, vi: es.vi, ni, warnings: es.warnings };
}
