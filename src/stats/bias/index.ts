/** Small-study effects and publication bias: tests, adjustments and funnel-plot data. */
export { regtest, type RegtestOptions, type RegtestResult } from './regression-test.js';
export { PREDICTORS, type Predictor } from './predictors.js';
export { ranktest, type RanktestOptions, type RanktestResult } from './rank-test.js';
export { kendallTest, pKendall, type KendallTest } from './kendall.js';
export {
  trimfill,
  type FilledStudy,
  type FunnelSide,
  type TrimfillOptions,
  type TrimfillResult,
} from './trim-and-fill.js';
export { estimateK0, type K0Estimate, type K0Estimator } from './missing-studies.js';
export { fsn, type FsnOptions, type FsnResult, type FsnType } from './fail-safe-n.js';
export { petPeese, type PetPeeseOptions, type PetPeeseResult, type PrecisionFit } from './pet-peese.js';
export { weightedLm, type WlsCoefficient, type WlsFit } from './weighted-lm.js';
export {
  funnelData,
  type FunnelBound,
  type FunnelData,
  type FunnelModel,
  type FunnelOptions,
  type FunnelRegion,
} from './funnel-data.js';
