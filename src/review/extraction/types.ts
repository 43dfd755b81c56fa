/**
 * Extraction vocabulary: studies (one trial, reported in one or more records), the
 * outcomes a project defines, per-study characteristics and arm-level values as the
 * report printed them. Field names follow the embedded MSC data
 * (src/review/evidence/types.ts: StudyRecord and ArmRecord), so extracted data and the
 * embedded evidence read alike. Every type is readonly and JSON-serialisable.
 */
import type { RecordId } from '../screening/types.js';

export type StudyId = number;

export interface Study {
  readonly id: StudyId;
  /** How reports and tables name the study, e.g. "Li 2021". Unique in a project. */
  readonly label: string;
  /** The records (reports) of this study, in the order they were linked. */
  readonly reports: readonly RecordId[];
}

export const OUTCOME_TYPES = ['binary', 'continuous'] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

export interface OutcomeInput {
  readonly name: string;
  readonly type: OutcomeType;
  /** e.g. "events", "points", "mg/dL". */
  readonly unit: string;
  /** True when a lower value (or fewer events) is the better result. */
  readonly lowerIsBetter: boolean;
  /** e.g. "12 months". */
  readonly timepoint: string;
}

export interface Outcome extends OutcomeInput {
  readonly id: number;
}

/** Text fields of StudyRecord (src/review/evidence/types.ts), in its order. */
export const TEXT_CHARACTERISTICS = [
  'disease', 'condition', 'msc_source', 'msc_source_detail', 'dose', 'route', 'co_therapy', 'control',
  'arm_sizes', 'follow_up', 'registration', 'notes',
] as const;
/** Whole-number fields of StudyRecord. */
export const COUNT_CHARACTERISTICS = ['n_msc', 'n_control'] as const;

export type StudyCharacteristics = {
  readonly [K in (typeof TEXT_CHARACTERISTICS)[number]]?: string;
} & {
  readonly [K in (typeof COUNT_CHARACTERISTICS)[number]]?: number | null;
};

/** Which side of the comparison an arm belongs to; "none" leaves it out (e.g. a third drug). */
export const ARM_GROUPS = ['msc', 'control', 'none'] as const;
export type ArmGroup = (typeof ARM_GROUPS)[number];

/** A value as the report printed it: the summary kinds the core can turn into escalc's inputs. */
export type ReportedValue =
  | { readonly type: 'events'; readonly events: number; readonly n: number }
  | { readonly type: 'mean_sd'; readonly mean: number; readonly sd: number; readonly n: number }
  | { readonly type: 'mean_se'; readonly mean: number; readonly se: number; readonly n: number }
  | { readonly type: 'mean_ci'; readonly mean: number; readonly ci_lb: number; readonly ci_ub: number; readonly n: number; readonly level?: number }
  | { readonly type: 'median'; readonly median: number; readonly n: number; readonly q1?: number; readonly q3?: number; readonly min?: number; readonly max?: number };

export type ReportedType = ReportedValue['type'];
export const REPORTED_TYPES: readonly ReportedType[] = ['events', 'mean_sd', 'mean_se', 'mean_ci', 'median'];

/** One arm of one study for one outcome: its group and its reported value. */
export interface ArmEntry {
  readonly group: ArmGroup;
  readonly value: ReportedValue;
}

/** What an extraction event is about: a study's characteristics, or one arm for one outcome. */
export type ItemKey =
  | { readonly item: 'characteristics' }
  | { readonly item: 'arm'; readonly outcome: string; readonly arm: string };

/** One extractor's current value of one item (or a reconciled value when `extractor` is null). */
export type ExtractedItem =
  | { readonly studyId: StudyId; readonly key: { readonly item: 'characteristics' }; readonly extractor: string | null; readonly data: StudyCharacteristics }
  | { readonly studyId: StudyId; readonly key: { readonly item: 'arm'; readonly outcome: string; readonly arm: string }; readonly extractor: string | null; readonly data: ArmEntry };

export class ExtractionError extends Error {
  /** The field at fault, in the names above (e.g. "events", "q1", "n_msc"). */
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.name = 'ExtractionError';
    this.field = field;
  }
}
