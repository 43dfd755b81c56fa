/**
 * Unresolved conflicts: records whose required reviewers disagree at a stage (or agree
 * on "maybe" at full text). This list is unblinded: show it to resolvers only
 * (blindedView gives every other reviewer their own view).
 */
import { stageOutcomes, type StageOutcome } from './stage-outcome.js';
import type { ScreeningLedger, Stage } from './types.js';

export function conflicts(ledger: ScreeningLedger, stage?: Stage): StageOutcome[] {
  return [...stageOutcomes(ledger.decisions, ledger.resolutions, ledger.required).values()]
    .filter((o) => o.state === 'conflict' && (stage === undefined || o.stage === stage))
    .sort((a, b) => a.recordId - b.recordId || a.stage.localeCompare(b.stage));
}
