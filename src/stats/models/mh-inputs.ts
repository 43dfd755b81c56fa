/**
 * Shared set-up of rma.mh and rma.peto (metafor 3.8): validate the tables, keep
 * the complete ones for the pooled estimate (na.omit), and compute the study-level
 * outcomes with escalc's add/to/drop00 for the heterogeneity statistics. The two
 * sets of rows differ: a double-zero table is pooled (it adds nothing to the OR,
 * RR or Peto sums, but its weight pulls the MH risk difference towards 0) yet has
 * no study-level outcome when drop00 is set.
 */
import { cellCounts, completeTables, type BinaryTables, type Tables } from './mh-tables.js';
import { escalc } from '../effects/index.js';
import type { AddTo } from '../effects/index.js';

export type TableMeasure = 'OR' | 'RR' | 'RD' | 'PETO';

export interface PreparedTables {
  /** Complete tables, raw counts (the pooled estimate uses no continuity correction). */
  readonly tables: Tables;
  /** Caller's rows of `tables`. */
  readonly rows: readonly number[];
  /** Study-level outcomes that are defined, and their rows. */
  readonly yi: readonly number[];
  readonly vi: readonly number[];
  readonly rows_yi: readonly number[];
  readonly warnings: string[];
}

const list = (rows: readonly number[]) => `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')}`;

export function prepareTables(
  input: BinaryTables,
  measure: TableMeasure,
  options: { readonly add: number; readonly to: AddTo; readonly drop00: boolean },
): PreparedTables {
  const cells = cellCounts(input);
  const rows = cells.complete;
  const tables = completeTables(cells);
  const out = escalc(measure, { ai: cells.ai, bi: cells.bi, ci: cells.ci, di: cells.di }, options);
  const warnings: string[] = [];
  const k = cells.ai.length;
  if (rows.length < k) {
    const kept = new Set(rows);
    const missing = Array.from({ length: k }, (_, i) => i).filter((i) => !kept.has(i));
    warnings.push(`${list(missing)}: a count is missing, so the table is left out (k = ${rows.length}).`);
  }
  const empty = rows.filter((_, j) => tables.ai[j] + tables.bi[j] + tables.ci[j] + tables.di[j] === 0);
  if (empty.length > 0) {
    warnings.push(
      `${list(empty)}: all four cells are 0, which makes the pooled sums 0/0, so the estimate and every statistic are NaN ` +
        '(as in metafor). Remove the empty tables.',
    );
  }
  warnings.push(...out.warnings);
  const rows_yi = rows.filter((i) => !Number.isNaN(out.yi[i]) && !Number.isNaN(out.vi[i]));
  const noOutcome = rows.filter((i) => Number.isNaN(out.yi[i]) || Number.isNaN(out.vi[i]));
  const doubleZero = noOutcome.filter(
    (i) => (cells.ai[i] === 0 && cells.ci[i] === 0) || (cells.bi[i] === 0 && cells.di[i] === 0),
  );
  if (options.drop00 && doubleZero.length > 0) {
    warnings.push(
      `${list(doubleZero)}: no events (or only events) in both groups. The table still enters the pooled estimate, ` +
        'but with drop00 it has no study-level outcome and is left out of the heterogeneity test. ' +
        'Set drop00: false to give it one (with the continuity correction).',
    );
  }
  return {
    tables,
    rows,
    yi: rows_yi.map((i) => out.yi[i]),
    vi: rows_yi.map((i) => out.vi[i]),
    rows_yi,
    warnings,
  };
}
