/** Running the embedded evidence plans (src/analysis/evidence): pooled analyses, single-arm pooling and the reproduction table. */
export { runEvidencePlan, type EvidenceAnalysisResult, type EvidencePlanResult, type EvidenceStudyRow } from './run-plan.js';
export { runSingleArmPlan, type SingleArmPlanResult } from './run-single-arm.js';
export type * from './single-arm-types.js';
export type { PooledEvidence, StudyEffect } from './pooled-evidence.js';
export { studyComparisons, type StudyComparison } from './comparisons.js';
export { armSummary, type ArmSummary } from './arm-summary.js';
export { applyOverlapRule } from './overlap.js';
export { reproductionTable, printedTolerance, type ReproductionRow, type ReproductionStatus, type MetasiftValue } from './reproduction.js';
export { reproductionMarkdown } from './reproduction-markdown.js';
export { poolRevMan, revmanData, revmanMethod, revmanStudyEffects, type RevManPlanModel, type RevManRow } from './revman-pool.js';
