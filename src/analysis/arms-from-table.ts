/**
 * Per-arm data for a forest plot's columns (events/total, or mean, SD and total per
 * group), read from a table's metafor-named columns: ai with n1i or ai + bi, and so on.
 */
import type { CsvTable } from '../io/csv/parse-csv.js';
import { hasColumn, numericColumn } from '../io/csv/numeric-column.js';
import type { ForestArms } from '../plot/forest/forest-plot.js';

const sum = (a: number[], b: number[]) => a.map((x, i) => x + b[i]);

/** Per-arm data for the forest plot's columns, from metafor-named columns. */
export function armsFromTable(table: CsvTable): ForestArms | undefined {
  const col = (c: string) => (hasColumn(table, c) ? numericColumn(table, c) : undefined);
  const [ai, bi, ci, di, n1i, n2i] = ['ai', 'bi', 'ci', 'di', 'n1i', 'n2i'].map(col);
  if (ai && ci) {
    const total1 = n1i ?? (bi && sum(ai, bi));
    const total2 = n2i ?? (di && sum(ci, di));
    if (total1 && total2) return { kind: 'binary', events1: ai, total1, events2: ci, total2 };
  }
  const [m1i, sd1i, m2i, sd2i] = ['m1i', 'sd1i', 'm2i', 'sd2i'].map(col);
  if (m1i && sd1i && m2i && sd2i && n1i && n2i) {
    return { kind: 'continuous', mean1: m1i, sd1: sd1i, total1: n1i, mean2: m2i, sd2: sd2i, total2: n2i };
  }
  return undefined;
}

