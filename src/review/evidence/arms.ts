/**
 * rct-arms.csv: arm-level outcome data of the RCTs, one row per arm as the
 * source printed it (multi-arm trials keep each arm; a shared control appears
 * once). Checks each row on its own: events within the arm's total, SDs and
 * sample sizes positive, quartiles in order, and a conversion that matches the
 * summary given (a median needs its quartiles or range).
 */
import type { CsvTable } from '../../io/csv/parse-csv.js';
import { PROVENANCE_COLUMNS, readProvenance } from './provenance.js';
import { checkColumns, rowReader, type RowReader } from './row-reader.js';
import { CONVERSIONS, VALUE_TYPES, type ArmRecord } from './types.js';

const NUMBERS = ['mean', 'median', 'q1', 'q3', 'min', 'max', 'ci_lb', 'ci_ub'] as const;

function checkSummary(r: RowReader, a: Omit<ArmRecord, keyof ReturnType<typeof readProvenance>>): void {
  if (a.events !== null && a.n !== null && a.events > a.n) r.fail('events', `${a.events} events is more than the arm's total n = ${a.n}`);
  if (a.q1 !== null && a.q3 !== null && a.q1 > a.q3) r.fail('q1', `q1 = ${a.q1} is above q3 = ${a.q3}`);
  if (a.median !== null && a.q1 !== null && a.q3 !== null && (a.median < a.q1 || a.median > a.q3)) {
    r.fail('median', `the median ${a.median} is outside its quartiles ${a.q1} to ${a.q3}`);
  }
  if (a.ci_lb !== null && a.ci_ub !== null && a.ci_lb > a.ci_ub) r.fail('ci_lb', `ci_lb = ${a.ci_lb} is above ci_ub = ${a.ci_ub}`);
  const needs: Record<string, readonly (keyof typeof a)[]> = {
    median_iqr: ['median', 'q1', 'q3'],
    median_range: ['median', 'min', 'max'],
    se_to_sd: ['mean', 'se'],
    ci_to_sd: ['mean', 'ci_lb', 'ci_ub'],
  };
  for (const col of needs[a.conversion] ?? []) {
    if (a[col] === null) r.fail(String(col), `conversion '${a.conversion}' needs '${String(col)}'`);
  }
  if (a.conversion === 'none' && a.median !== null) r.fail('conversion', "a median is given: say which conversion applies ('median_iqr' or 'median_range')");
}

export function parseArms(table: CsvTable): ArmRecord[] {
  checkColumns(table, ['analysis', 'study_id', 'outcome', 'timepoint', 'value_type', 'group', 'arm', 'n', 'events', 'sd', 'se', 'units', 'conversion', ...NUMBERS, ...PROVENANCE_COLUMNS]);
  return table.rows.map((_, i) => {
    const r = rowReader(table, i);
    const nums = Object.fromEntries(NUMBERS.map((c) => [c, r.number(c)])) as Record<(typeof NUMBERS)[number], number | null>;
    const a = {
      analysis: r.text('analysis'),
      study_id: r.required('study_id'),
      outcome: r.required('outcome'),
      timepoint: r.required('timepoint'),
      value_type: r.oneOf('value_type', VALUE_TYPES),
      group: r.oneOf('group', ['msc', 'control'] as const),
      arm: r.required('arm'),
      n: r.number('n', { integer: true, min: 1 }),
      events: r.number('events', { integer: true, min: 0 }),
      sd: r.number('sd', { positive: true }),
      se: r.number('se', { positive: true }),
      ...nums,
      units: r.required('units'),
      conversion: r.oneOf('conversion', CONVERSIONS),
    };
    checkSummary(r, a);
    return { ...readProvenance(r, table.file), ...a };
  });
}
