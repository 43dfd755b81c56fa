/**
 * `--leave1out`, `--cumulative COLUMN` and `--influence`: the main model refitted
 * without each study, cumulatively in the column's order, and metafor's influence
 * diagnostics with Baujat coordinates (with the `--mods` moderators when given).
 * Studies are named by their labels; values are on the analysis scale.
 */
import type { CsvTable } from '../../io/csv/parse-csv.js';
import { numericColumn, textColumn } from '../../io/csv/numeric-column.js';
import { designMatrix } from '../../stats/regression/design-matrix.js';
import { baujat, cumul, influence, leave1out, sortOrder, type PooledRow } from '../../stats/sensitivity/index.js';
import type { AnalysisExtras, AnalysisOptions } from '../analysis-options.js';
import { locate, type EffectData } from '../effect-data.js';
import { num } from '../result-json.js';
import { moderatorColumns } from './moderators.js';
import { uniOptions } from './model-options.js';

function rowJson(r: PooledRow, labels: readonly string[], test: string) {
  return {
    study: labels[r.row],
    b: num(r.b),
    se: num(r.se),
    [test === 'z' ? 'zval' : 'tval']: num(r.zval),
    pval: num(r.pval),
    ci_lb: num(r.ci_lb),
    ci_ub: num(r.ci_ub),
    tau2: num(r.tau2),
    I2: num(r.I2),
    H2: num(r.H2),
    QE: num(r.QE),
    QEp: num(r.QEp),
  };
}

/** A cumulative order from a column: numeric when every value is a number, else text order. */
function orderBy(table: CsvTable, column: string): number[] {
  const text = textColumn(table, column);
  if (text.every((t) => t.trim() === '' || Number.isFinite(Number(t)))) return sortOrder(numericColumn(table, column));
  return text.map((_, i) => i).sort((a, b) => text[a].localeCompare(text[b], 'en') || a - b);
}

export function sensitivitySections(table: CsvTable, data: EffectData, options: AnalysisOptions & AnalysisExtras) {
  const model = uniOptions(options);
  const test = model.test ?? 'z';
  const out: Record<string, unknown> = {};
  if (options.leave1out) {
    const r = locate(table, () => leave1out(data.yi, data.vi, model));
    out.leave1out = r.rows.map((row) => rowJson(row, data.labels, test));
  }
  if (options.cumulative !== undefined) {
    const order = orderBy(table, options.cumulative);
    const r = locate(table, () => cumul(data.yi, data.vi, model, order));
    out.cumulative = r.rows.map((row) => rowJson(row, data.labels, test));
  }
  if (options.influence) {
    const mods = options.mods ?? [];
    const design = mods.length === 0 ? undefined : designMatrix(moderatorColumns(table, mods), data.yi.length);
    const inf = locate(table, () => influence(data.yi, data.vi, design?.columns, model, design?.names));
    const bj = locate(table, () => baujat(data.yi, data.vi, design?.columns, model, design?.names));
    const baujatOf = new Map(bj.map((p) => [p.row, p]));
    out.influence = inf.rows.map((r) => ({
      study: data.labels[r.row],
      rstudent: num(r.rstudent),
      dffits: num(r.dffits),
      cook_d: num(r.cook_d),
      cov_r: num(r.cov_r),
      tau2_del: num(r.tau2_del),
      QE_del: num(r.QE_del),
      hat: num(r.hat),
      weight: num(r.weight),
      dfbs: r.dfbs.map(num),
      inf: r.inf,
      baujat_x: num(baujatOf.get(r.row)?.x),
      baujat_y: num(baujatOf.get(r.row)?.y),
    }));
  }
  return out;
}
