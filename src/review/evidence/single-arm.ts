/**
 * The single-arm files: single-arm-cohorts.csv (one row per cohort, with the
 * overlap group of reports that describe the same patients),
 * single-arm-events.csv (counts; `part` rows are categories of the same
 * patients) and single-arm-prepost.csv (before and after, or the change and its SD).
 */
import type { CsvTable } from '../../io/csv/parse-csv.js';
import { PROVENANCE_COLUMNS, readProvenance } from './provenance.js';
import { checkColumns, rowReader } from './row-reader.js';
import type { CohortRecord, EventRecord, PrePostRecord } from './types.js';

export function parseCohorts(table: CsvTable): CohortRecord[] {
  const text = ['study_id', 'label', 'disease', 'msc_source', 'dose', 'route', 'follow_up', 'overlap_group'] as const;
  checkColumns(table, [...text, 'n', ...PROVENANCE_COLUMNS]);
  return table.rows.map((_, i) => {
    const r = rowReader(table, i);
    r.required('study_id');
    const t = Object.fromEntries(text.map((c) => [c, r.text(c)])) as Record<(typeof text)[number], string>;
    return { ...readProvenance(r, table.file), ...t, n: r.number('n', { integer: true, min: 1 }) };
  });
}

export function parseEvents(table: CsvTable): EventRecord[] {
  checkColumns(table, ['analysis', 'study_id', 'outcome', 'timepoint', 'part', 'events', 'n', ...PROVENANCE_COLUMNS]);
  return table.rows.map((_, i) => {
    const r = rowReader(table, i);
    const events = r.number('events', { integer: true, min: 0 });
    const n = r.number('n', { integer: true, min: 1 });
    if (events !== null && n !== null && events > n) r.fail('events', `${events} events is more than n = ${n}`);
    return {
      ...readProvenance(r, table.file),
      analysis: r.text('analysis'),
      study_id: r.required('study_id'),
      outcome: r.required('outcome'),
      timepoint: r.required('timepoint'),
      part: r.text('part'),
      events,
      n,
    };
  });
}

export function parsePrePost(table: CsvTable): PrePostRecord[] {
  const nums = ['mean_pre', 'mean_post', 'mean_change'] as const;
  const sds = ['sd_pre', 'sd_post', 'sd_change'] as const;
  checkColumns(table, ['analysis', 'study_id', 'outcome', 'timepoint', 'n', 'units', ...nums, ...sds, ...PROVENANCE_COLUMNS]);
  return table.rows.map((_, i) => {
    const r = rowReader(table, i);
    const v = {
      ...(Object.fromEntries(nums.map((c) => [c, r.number(c)])) as Record<(typeof nums)[number], number | null>),
      ...(Object.fromEntries(sds.map((c) => [c, r.number(c, { positive: true })])) as Record<(typeof sds)[number], number | null>),
    };
    const prePost = v.mean_pre !== null && v.sd_pre !== null && v.mean_post !== null && v.sd_post !== null;
    const change = v.mean_change !== null && v.sd_change !== null;
    if (!prePost && !change) r.fail('mean_change', 'give either mean_pre, sd_pre, mean_post and sd_post, or mean_change and sd_change');
    return {
      ...readProvenance(r, table.file),
      analysis: r.text('analysis'),
      study_id: r.required('study_id'),
      outcome: r.required('outcome'),
      timepoint: r.required('timepoint'),
      n: r.number('n', { integer: true, min: 2 }),
      units: r.required('units'),
      ...v,
    };
  });
}
