/** studies.csv: one row per RCT with its characteristics (disease, MSC source, dose, route, co-therapy, control, arm sizes, follow-up, registration). */
import type { CsvTable } from '../../io/csv/parse-csv.js';
import { PROVENANCE_COLUMNS, readProvenance } from './provenance.js';
import { checkColumns, rowReader } from './row-reader.js';
import type { StudyRecord } from './types.js';

/** MSC tissue sources the plans subgroup by (Zeng 2025 splits OA by bone marrow, umbilical cord and adipose). */
export const MSC_SOURCES = ['bone_marrow', 'umbilical_cord', 'adipose', 'placenta', 'bone_marrow_concentrate', 'mixed'] as const;

const TEXT = ['study_id', 'label', 'disease', 'condition', 'msc_source_detail', 'dose', 'route', 'co_therapy', 'control', 'arm_sizes', 'follow_up', 'registration', 'inclusion_evidence'] as const;

export function parseStudies(table: CsvTable): StudyRecord[] {
  checkColumns(table, [...TEXT, 'msc_source', 'n_msc', 'n_control', ...PROVENANCE_COLUMNS]);
  return table.rows.map((_, i) => {
    const r = rowReader(table, i);
    const text = Object.fromEntries(TEXT.map((c) => [c, r.text(c)])) as Record<(typeof TEXT)[number], string>;
    r.required('study_id');
    r.required('condition');
    return {
      ...readProvenance(r, table.file),
      ...text,
      msc_source: r.oneOf('msc_source', MSC_SOURCES),
      n_msc: r.number('n_msc', { integer: true, min: 1 }),
      n_control: r.number('n_control', { integer: true, min: 1 }),
    };
  });
}
