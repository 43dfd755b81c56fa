/** Back-transformations of pooled summaries (metafor's transf.* functions): the public entry of src/stats/transforms. */
export { iarcsin } from './transforms/arcsine.js';
export { backTransform, transformSummary } from './transforms/back-transform.js';
export type { BackTransform, BackTransformArgs, Summary } from './transforms/back-transform.js';
export { ztor } from './transforms/fisher-z.js';
export { harmonicMean, ipft, ipftHm, pft } from './transforms/freeman-tukey.js';
export { ilogit } from './transforms/logit.js';
