/**
 * The embedded evidence base in memory: one record per row of the data files in
 * data/msc-autoimmune (see its README). Field names follow the files' column
 * names; numbers are null where the source printed nothing (never 0). Every
 * record keeps where it came from (file, line, source address and location) and
 * the flags that qualify it, so a report can show them next to the number.
 */

/** Qualifiers of a value, as the data's README defines them. */
export const FLAGS = [
  'DERIVED', // a sum or difference of printed numbers
  'UNCERTAIN', // the value may be wrong (flag_note says why)
  'NOT_VERIFIED', // seen only in a secondary source
  'INCONSISTENT', // the source contradicts itself
  'PERCENT_ONLY', // printed only as a percentage: counts left blank
  'DENOMINATOR_MISSING',
  'N_MISSING',
  'NOT_REPORTED',
  'ASSUMED_SD', // '±' not labelled; taken as SD
  'CI_NOT_SD', // a model-based interval that gives no SD
  'SUBSET', // a follow-up subset of the randomized patients
  'OVERLAP', // overlaps other reports of the same patients
  'POSSIBLE_OVERLAP',
  'RCT_ARM', // one arm of an RCT used as a cohort
  'MIXED_AETIOLOGY',
  'NOT_AUTOIMMUNE',
  'OPEN_LABEL',
  'NOT_MSC_VS_CONTROL',
  'NOT_FOUND',
] as const;
export type Flag = (typeof FLAGS)[number];

export interface Provenance {
  readonly file: string;
  /** 1-based line of the row in its file. */
  readonly line: number;
  readonly source_url: string;
  readonly source_location: string;
  readonly flags: readonly Flag[];
  readonly flag_note: string;
  readonly notes: string;
}

export interface StudyRecord extends Provenance {
  readonly study_id: string;
  readonly label: string;
  readonly disease: string;
  readonly condition: string;
  readonly msc_source: string;
  readonly msc_source_detail: string;
  readonly dose: string;
  readonly route: string;
  readonly co_therapy: string;
  readonly control: string;
  readonly n_msc: number | null;
  readonly n_control: number | null;
  readonly arm_sizes: string;
  readonly follow_up: string;
  readonly registration: string;
  readonly inclusion_evidence: string;
}

export const VALUE_TYPES = ['final', 'change', 'improvement'] as const;
/** final value, change from baseline, or change expressed so that positive is better. */
export type ValueType = (typeof VALUE_TYPES)[number];

export const CONVERSIONS = ['none', 'median_iqr', 'median_range', 'se_to_sd', 'ci_to_sd'] as const;
/** Which conversion turns the reported summary into a mean and SD (src/stats/conversions). */
export type Conversion = (typeof CONVERSIONS)[number];

/** One arm of one RCT for one outcome and timepoint, as reported. */
export interface ArmRecord extends Provenance {
  readonly analysis: string;
  readonly study_id: string;
  readonly outcome: string;
  readonly timepoint: string;
  readonly value_type: ValueType;
  readonly group: 'msc' | 'control';
  readonly arm: string;
  readonly n: number | null;
  readonly events: number | null;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly se: number | null;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly ci_lb: number | null;
  readonly ci_ub: number | null;
  readonly units: string;
  readonly conversion: Conversion;
}

export interface CohortRecord extends Provenance {
  readonly study_id: string;
  readonly label: string;
  readonly disease: string;
  readonly msc_source: string;
  readonly dose: string;
  readonly route: string;
  readonly n: number | null;
  readonly follow_up: string;
  /** Reports sharing a group describe overlapping patients: pool at most one. */
  readonly overlap_group: string;
}

/** A count in a single-arm cohort; several `part` rows of one study are categories of the same patients. */
export interface EventRecord extends Provenance {
  readonly analysis: string;
  readonly study_id: string;
  readonly outcome: string;
  readonly timepoint: string;
  readonly part: string;
  readonly events: number | null;
  readonly n: number | null;
}

/** A before–after summary in a single-arm cohort: pre and post means/SDs, or the change and its SD. */
export interface PrePostRecord extends Provenance {
  readonly analysis: string;
  readonly study_id: string;
  readonly outcome: string;
  readonly timepoint: string;
  readonly n: number | null;
  readonly mean_pre: number | null;
  readonly sd_pre: number | null;
  readonly mean_post: number | null;
  readonly sd_post: number | null;
  readonly mean_change: number | null;
  readonly sd_change: number | null;
  readonly units: string;
}

/** A pooled result a published review prints, with what metasift should compare it with. */
export interface PublishedRecord {
  readonly file: string;
  readonly line: number;
  readonly id: string;
  readonly group: string;
  readonly review: string;
  readonly outcome: string;
  readonly measure: string;
  readonly model: string;
  readonly k: number | null;
  /** As printed (text), so that the printed precision is kept. */
  readonly estimate: string;
  readonly ci_lb: string;
  readonly ci_ub: string;
  readonly p: string;
  readonly I2: string;
  readonly tau2: string;
  readonly reported_direction: string;
  readonly source_url: string;
  readonly source_location: string;
  readonly compare_with: string;
  readonly comparison: 'same' | 'related' | 'direction' | 'none';
  readonly reason: string;
}
