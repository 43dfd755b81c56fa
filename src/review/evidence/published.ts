/**
 * published-pooled.csv: the pooled results that published reviews print, kept as
 * printed (text, so the printed precision survives), with the plan analysis to
 * compare against and, where no exact comparison is possible, the reason.
 */
import type { CsvTable } from '../../io/csv/parse-csv.js';
import { checkColumns, rowReader } from './row-reader.js';
import type { PublishedRecord } from './types.js';

const TEXT = ['id', 'group', 'review', 'outcome', 'measure', 'model', 'estimate', 'ci_lb', 'ci_ub', 'p', 'I2', 'tau2', 'reported_direction', 'source_location', 'compare_with', 'reason'] as const;

export function parsePublished(table: CsvTable): PublishedRecord[] {
  checkColumns(table, [...TEXT, 'k', 'source_url', 'comparison']);
  return table.rows.map((_, i) => {
    const r = rowReader(table, i);
    const t = Object.fromEntries(TEXT.map((c) => [c, r.text(c)])) as Record<(typeof TEXT)[number], string>;
    r.required('id');
    const source_url = r.required('source_url');
    const comparison = r.oneOf('comparison', ['same', 'related', 'direction', 'none'] as const);
    for (const c of ['estimate', 'ci_lb', 'ci_ub'] as const) {
      if (t[c] !== '' && !Number.isFinite(Number(t[c]))) r.fail(c, `'${t[c]}' is not a number`);
    }
    if (comparison !== 'none' && t.compare_with === '') r.fail('compare_with', `comparison '${comparison}' needs the analysis to compare with`);
    if (comparison !== 'same' && t.reason === '') r.fail('reason', 'say why this result cannot be reproduced exactly');
    return { file: table.file, line: r.line, ...t, source_url, comparison, k: r.number('k', { integer: true, min: 1 }) };
  });
}
