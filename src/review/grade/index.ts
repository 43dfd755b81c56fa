/** GRADE certainty of evidence per outcome, with helpers that suggest ratings (src/review/grade). */
export * from './types.js';
export { gradeCertainty, CERTAINTY_SYMBOL } from './certainty.js';
export { suggestInconsistency } from './suggest-inconsistency.js';
export { suggestImprecision, type ImprecisionData } from './suggest-imprecision.js';
export { suggestRiskOfBias } from './suggest-risk-of-bias.js';
export { suggestPublicationBias } from './suggest-publication-bias.js';
