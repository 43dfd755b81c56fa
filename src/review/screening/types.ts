/**
 * Screening vocabulary: two stages (title/abstract, full text), three verdicts, and the
 * ledger the store keeps. Every type is readonly and JSON-serialisable; records are
 * named by the store's numeric id (the source identifier lives on the record).
 */
export type RecordId = number;

export const STAGES = ['title_abstract', 'full_text'] as const;
export type Stage = (typeof STAGES)[number];

export const VERDICTS = ['include', 'exclude', 'maybe'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Reviewer {
  readonly id: string;
  readonly name: string;
  /** May see conflicts and resolve them as a third reviewer (Covidence's "resolver"). */
  readonly canResolve: boolean;
}

/** One reviewer's current (or first) decision on a record at a stage. */
export interface Decision {
  readonly recordId: RecordId;
  readonly stage: Stage;
  readonly reviewer: string;
  readonly verdict: Verdict;
  /** Full-text exclusions only: a label from the project's list of exclusion reasons. */
  readonly reason: string | null;
  readonly note: string | null;
  /** ISO 8601 time the decision was recorded. */
  readonly at: string;
}

/** How a conflict was settled: a third reviewer decided, or the two agreed after discussion. */
export type ResolutionMethod = 'third_reviewer' | 'agreement';
export const RESOLUTION_METHODS: readonly ResolutionMethod[] = ['third_reviewer', 'agreement'];

export interface Resolution {
  readonly recordId: RecordId;
  readonly stage: Stage;
  readonly verdict: Verdict;
  readonly reason: string | null;
  readonly method: ResolutionMethod;
  readonly by: string;
  readonly why: string;
  readonly at: string;
}

/** What the domain functions read: the store's current view of the screening. */
export interface ScreeningLedger {
  readonly reviewers: readonly Reviewer[];
  readonly decisions: readonly Decision[];
  readonly resolutions: readonly Resolution[];
  /** Independent decisions needed per record and stage (2 for dual screening). */
  readonly required: number;
  /** The project's full-text exclusion reasons, in the order reports list them. */
  readonly reasons: readonly string[];
}

export class ScreeningError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScreeningError';
  }
}
