/**
 * Whether a resolution may be recorded: only for a conflict (or to correct an earlier
 * resolution), with a reason why; a third reviewer must be a resolver who did not decide
 * the record, an agreement must be recorded by one of the two who did.
 */
import { checkVerdictAndReason } from './check-decision.js';
import type { StageOutcome } from './stage-outcome.js';
import { RESOLUTION_METHODS, ScreeningError, type RecordId, type ResolutionMethod, type Reviewer, type Stage, type Verdict } from './types.js';

export interface ResolutionInput {
  readonly recordId: RecordId;
  readonly stage: Stage;
  readonly verdict: Verdict;
  readonly reason?: string | null;
  readonly method: ResolutionMethod;
  readonly by: string;
  readonly why: string;
}

export interface ResolutionContext {
  readonly resolver: Reviewer | undefined;
  readonly reasons: readonly string[];
  readonly outcome: StageOutcome | undefined;
}

export function checkResolution(input: ResolutionInput, ctx: ResolutionContext): void {
  const { recordId, stage, verdict, method } = input;
  if (!ctx.resolver) throw new ScreeningError(`Unknown 'by' ${JSON.stringify(input.by)}: add the reviewer to the project first.`);
  if (!RESOLUTION_METHODS.includes(method)) throw new ScreeningError(`Unknown 'method' ${JSON.stringify(method)}: expected one of ${RESOLUTION_METHODS.join(', ')}.`);
  checkVerdictAndReason(stage, verdict, input.reason ?? null, ctx.reasons);
  if (stage === 'full_text' && verdict === 'maybe') throw new ScreeningError(`A full-text resolution must include or exclude record ${recordId}, not 'maybe'.`);
  if (typeof input.why !== 'string' || input.why.trim() === '') throw new ScreeningError(`A resolution needs 'why' (the reason for the final decision on record ${recordId}).`);
  const o = ctx.outcome;
  if (!o || o.state === 'pending') throw new ScreeningError(`Record ${recordId} is not in conflict at ${stage}: it still awaits its independent decisions.`);
  if (o.state === 'agreed') throw new ScreeningError(`Record ${recordId} is not in conflict at ${stage}: the reviewers agree (${o.verdict}).`);
  const decided = o.decisions.some((d) => d.reviewer === input.by);
  if (method === 'third_reviewer') {
    if (decided) throw new ScreeningError(`'${input.by}' decided record ${recordId} at ${stage}, so cannot resolve it as a third reviewer: use method 'agreement'.`);
    if (!ctx.resolver.canResolve) throw new ScreeningError(`'${input.by}' is not a resolver: give the reviewer the resolver role first.`);
  } else if (!decided) {
    throw new ScreeningError(`A resolution by 'agreement' is recorded by one of the reviewers who decided record ${recordId} at ${stage}, not '${input.by}'.`);
  }
}
