export * from './types.js';
export { pairKey } from './group.js';
export { stageOutcome, stageOutcomes, isSettled, passes, type StageOutcome, type StageState } from './stage-outcome.js';
export { checkDecision, checkVerdictAndReason, type DecisionContext, type DecisionInput } from './check-decision.js';
export { checkResolution, type ResolutionContext, type ResolutionInput } from './check-resolution.js';
export { blindedView, type BlindedEntry } from './blinded-view.js';
export { conflicts } from './conflicts.js';
export { cohenKappa, type Kappa } from './kappa.js';
export { agreement, type PairAgreement } from './agreement.js';
