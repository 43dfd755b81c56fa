/** The embedded evidence base: typed loaders and validators (src/review/evidence). */
export * from './types.js';
export { parseEvidence, EVIDENCE_FILES, type EvidenceBase, type EvidenceTexts } from './evidence-base.js';
export { loadEvidence, readEvidenceTexts, defaultEvidenceDir } from './load.js';
export { validateEvidence } from './validate-evidence.js';
export { parseDictionary, type OutcomeDef, type OutcomeDictionary } from './dictionary.js';
export { favoursLabels, effectMeaning, nullValue, type ComparativeMeasure, type FavoursLabels } from './favours.js';
export { parsePlans, type EvidencePlans, type Plan, type PlanModel, type PlannedAnalysis, type SingleArmAnalysis, type SingleArmPolicy } from './plans.js';
export { parsePrisma, type PrismaCounts } from './prisma.js';
export { MSC_SOURCES } from './studies.js';
