/**
 * The project store's extraction part: studies and their reports, outcomes, each
 * extractor's values with history, reconciled values, RoB 2 assessments by two assessors
 * and their reconciliation, and GRADE ratings. Nothing is overwritten: every write is an
 * event with who and when, and the current state is a view over them. The domain rules
 * (src/review/extraction, rob2, grade) check every value before it is written.
 */
import type { RobStudy } from '../plot/rob/judgements.js';
import type { ArmEntry, ChosenValue, Discrepancy, ExtractedItem, ItemKey, Outcome, OutcomeInput, Study, StudyCharacteristics, StudyId } from '../review/extraction/index.js';
import type { GradeInput, GradeResult } from '../review/grade/index.js';
import type { Rob2Assessment, Rob2Input } from '../review/rob2/index.js';
import type { RecordId } from '../review/screening/types.js';

export interface ExtractionEvent {
  readonly eventId: number;
  readonly studyId: StudyId;
  readonly key: ItemKey;
  readonly extractor: string;
  readonly data: StudyCharacteristics | ArmEntry;
  /** This extractor's previous value of the same item, or null for a first entry. */
  readonly before: StudyCharacteristics | ArmEntry | null;
  readonly at: string;
}

export interface ReconciledValue {
  readonly eventId: number;
  readonly studyId: StudyId;
  readonly key: ItemKey;
  readonly data: StudyCharacteristics | ArmEntry;
  readonly by: string;
  readonly why: string;
  readonly at: string;
}

export interface Rob2Record {
  readonly eventId: number;
  readonly studyId: StudyId;
  readonly outcome: string;
  /** The assessor, or for a reconciled assessment the person who reconciled it. */
  readonly by: string;
  readonly input: Rob2Input;
  readonly assessment: Rob2Assessment;
  /** Set on reconciled assessments only. */
  readonly why: string | null;
  readonly at: string;
}

/** The assessment that stands for a study: reconciled, agreed by every assessor, or the only one. */
export interface Rob2Final {
  readonly studyId: StudyId;
  readonly label: string;
  readonly source: 'reconciled' | 'agreed' | 'single';
  readonly assessment: Rob2Assessment;
}

export interface GradeRecord {
  readonly eventId: number;
  readonly outcome: string;
  readonly input: GradeInput;
  readonly result: GradeResult;
  readonly by: string;
  readonly at: string;
}

export interface ExtractionFilter {
  readonly studyId?: StudyId;
  readonly outcome?: string;
  readonly extractor?: string;
}

export interface ExtractionStore {
  addStudy(input: { readonly label: string; readonly by: string; readonly reports?: readonly RecordId[] }): Study;
  linkReport(studyId: StudyId, recordId: RecordId, opts: { readonly by: string }): Study;
  study(id: StudyId): Study | undefined;
  studies(): Study[];

  defineOutcome(input: OutcomeInput, opts: { readonly by: string }): Outcome;
  outcome(name: string): Outcome | undefined;
  outcomes(): Outcome[];

  enterCharacteristics(studyId: StudyId, values: StudyCharacteristics, opts: { readonly extractor: string }): ExtractionEvent;
  enterArm(studyId: StudyId, outcome: string, arm: string, entry: ArmEntry, opts: { readonly extractor: string }): ExtractionEvent;
  /** Each extractor's current values; with `outcome`, only that outcome's arms. */
  extractions(filter?: ExtractionFilter): ExtractedItem[];
  /** Every value ever entered for a study, oldest first, each with the value it replaced. */
  extractionHistory(studyId: StudyId): ExtractionEvent[];
  reconcile(studyId: StudyId, key: ItemKey, data: StudyCharacteristics | ArmEntry, opts: { readonly by: string; readonly why: string }): ReconciledValue;
  reconciliations(filter?: Omit<ExtractionFilter, 'extractor'>): ReconciledValue[];
  /** Field-by-field differences between extractors' current values. */
  discrepancies(filter?: Omit<ExtractionFilter, 'extractor'>): Discrepancy[];
  /** The arm values to analyse for an outcome (see chooseValues), and the disagreements nobody has reconciled. */
  armValues(outcome: string): { readonly chosen: readonly ChosenValue[]; readonly unresolved: readonly (readonly ExtractedItem[])[] };
  /** Each study's characteristics to analyse (see chooseValues, whole items), and the studies whose extractors disagree unreconciled. */
  characteristicValues(): { readonly chosen: readonly ChosenValue[]; readonly unresolved: readonly (readonly ExtractedItem[])[] };

  assessRob2(studyId: StudyId, outcome: string, input: Rob2Input, opts: { readonly assessor: string }): Rob2Record;
  /** Each assessor's current assessment. */
  rob2(filter?: { readonly studyId?: StudyId; readonly outcome?: string }): Rob2Record[];
  rob2History(studyId: StudyId, outcome: string): Rob2Record[];
  reconcileRob2(studyId: StudyId, outcome: string, input: Rob2Input, opts: { readonly by: string; readonly why: string }): Rob2Record;
  rob2Reconciliations(filter?: { readonly studyId?: StudyId; readonly outcome?: string }): Rob2Record[];
  /** Per study, the assessment that stands; studies whose assessors disagree unreconciled are listed apart. */
  rob2Final(outcome: string): { readonly studies: readonly Rob2Final[]; readonly unresolved: readonly StudyId[] };
  /** rob2Final as rows of robPlot, weights by study label where given. */
  robPlotStudies(outcome: string, weights?: Readonly<Record<string, number>>): RobStudy[];

  rateGrade(outcome: string, input: GradeInput, opts: { readonly by: string }): GradeRecord;
  grade(outcome: string): GradeRecord | undefined;
  gradeHistory(outcome: string): GradeRecord[];
}
