/**
 * Reads a CSV file the way `metasift analyze` does (the core's parseCsv) into the page's
 * table: the data kind follows the metafor-named columns present; bi and di become totals.
 */
import { parseCsv } from '../../../src/io/csv/parse-csv.js';
import { studyLabels } from '../../../src/analysis/effect-data.js';
import { hasColumn, numericColumn, textColumn } from '../../../src/io/csv/numeric-column.js';
import { kindOfColumns, kindSpec } from './data-kinds.js';
import type { StudyTable } from './study-table.js';

export function tableFromCsv(text: string, file: string): StudyTable | undefined {
  const csv = parseCsv(text, file);
  const kind = kindOfColumns(csv.columns);
  if (kind === undefined) return undefined;
  const labels = studyLabels(csv);
  const sum = (a: string, b: string) => numericColumn(csv, a).map((x, i) => String(x + numericColumn(csv, b)[i]));
  const column = (c: string): readonly string[] => {
    if (hasColumn(csv, c)) return textColumn(csv, c);
    if (c === 'n1i') return sum('ai', 'bi');
    if (c === 'n2i') return sum('ci', 'di');
    return csv.rows.map(() => '');
  };
  const columns = Object.fromEntries(kindSpec(kind).columns.map((c) => [c, column(c)]));
  const subgroups = hasColumn(csv, 'subgroup');
  return {
    kind,
    subgroups,
    rows: csv.rows.map((_, i) => ({
      id: i,
      study: labels[i],
      subgroup: subgroups ? textColumn(csv, 'subgroup')[i] : '',
      values: Object.fromEntries(Object.entries(columns).map(([c, v]) => [c, v[i]])),
    })),
  };
}
