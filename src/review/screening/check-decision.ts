/**
 * Whether a reviewer may record a decision. The store calls this inside the transaction
 * that writes the decision, with the state it has just read. Independence: once a record
 * has its required number of decisions at a stage, nobody else adds one (a third
 * reviewer resolves the conflict instead, with checkResolution).
 */
import { passes, type StageOutcome } from './stage-outcome.js';
import { STAGES, ScreeningError, VERDICTS, type Decision, type RecordId, type Reviewer, type Stage, type Verdict } from './types.js';

export interface DecisionInput {
  readonly recordId: RecordId;
  readonly stage: Stage;
  readonly reviewer: string;
  readonly verdict: Verdict;
  readonly reason?: string | null;
  readonly note?: string | null;
}

export interface DecisionContext {
  readonly reviewer: Reviewer | undefined;
  readonly reasons: readonly string[];
  readonly required: number;
  /** Current decisions on this record at this stage, by every reviewer. */
  readonly decisions: readonly Decision[];
  /** The record this one was merged into, if it is a removed duplicate. */
  readonly duplicateOf: RecordId | null;
  /** The record's title/abstract outcome, needed for a full-text decision. */
  readonly titleAbstract: StageOutcome | undefined;
}

export function checkVerdictAndReason(stage: Stage, verdict: Verdict, reason: string | null, reasons: readonly string[]): void {
  if (!STAGES.includes(stage)) throw new ScreeningError(`Unknown 'stage' ${JSON.stringify(stage)}: expected one of ${STAGES.join(', ')}.`);
  if (!VERDICTS.includes(verdict)) throw new ScreeningError(`Unknown 'verdict' ${JSON.stringify(verdict)}: expected one of ${VERDICTS.join(', ')}.`);
  if (stage === 'full_text' && verdict === 'exclude') {
    if (reason === null) throw new ScreeningError(`A full-text exclusion needs a 'reason' from the project's list (${reasons.join('; ') || 'empty: add reasons first'}).`);
    if (!reasons.includes(reason)) throw new ScreeningError(`Unknown exclusion 'reason' ${JSON.stringify(reason)}: expected one of ${reasons.map((r) => JSON.stringify(r)).join(', ') || '(none defined)'}.`);
  } else if (reason !== null) {
    throw new ScreeningError(`'reason' is for full-text exclusions only, not a ${verdict} at ${stage} (got ${JSON.stringify(reason)}).`);
  }
}

export function checkDecision(input: DecisionInput, ctx: DecisionContext): void {
  const { recordId, stage, verdict } = input;
  if (!ctx.reviewer) throw new ScreeningError(`Unknown 'reviewer' ${JSON.stringify(input.reviewer)}: add the reviewer to the project first.`);
  checkVerdictAndReason(stage, verdict, input.reason ?? null, ctx.reasons);
  if (ctx.duplicateOf !== null) throw new ScreeningError(`Record ${recordId} was merged into record ${ctx.duplicateOf} as a duplicate: screen record ${ctx.duplicateOf}.`);
  if (stage === 'full_text' && !passes(ctx.titleAbstract)) {
    throw new ScreeningError(`Record ${recordId} has not passed title/abstract screening (${ctx.titleAbstract?.state ?? 'no decisions'}${ctx.titleAbstract?.verdict ? `: ${ctx.titleAbstract.verdict}` : ''}): it cannot be screened at full text.`);
  }
  const others = ctx.decisions.filter((d) => d.reviewer !== input.reviewer);
  if (others.length === ctx.decisions.length && others.length >= ctx.required) {
    throw new ScreeningError(`Record ${recordId} already has its ${ctx.required} independent decisions at ${stage}: a third reviewer resolves the conflict instead of deciding.`);
  }
}
