import type { TauMethod } from '../types.js';
import { dersimonianLaird } from './dersimonian-laird.js';
import { empiricalBayes, maximumLikelihood, restrictedMaximumLikelihood } from './fisher-scoring.js';
import { generalisedQEstimator } from './generalised-q.js';
import { hedges } from './hedges.js';
import { hunterSchmidt, hunterSchmidtK } from './hunter-schmidt.js';
import { pauleMandel, pauleMandelMedian } from './paule-mandel.js';
import { sidikJonkman } from './sidik-jonkman.js';
import type { Tau2Estimator } from './types.js';

export type { Tau2Control, Tau2Estimate, Tau2Input } from './types.js';
export { DEFAULT_TAU2_CONTROL } from './types.js';

/** Every univariate τ² estimator metafor's rma.uni offers, by its method code. */
export const TAU2_ESTIMATORS: Readonly<Record<TauMethod, Tau2Estimator>> = {
  DL: dersimonianLaird,
  HE: hedges,
  HS: hunterSchmidt,
  HSk: hunterSchmidtK,
  SJ: sidikJonkman,
  ML: maximumLikelihood,
  REML: restrictedMaximumLikelihood,
  EB: empiricalBayes,
  PM: pauleMandel,
  PMM: pauleMandelMedian,
  GENQ: generalisedQEstimator,
};

/** Estimators that divide by the sampling variances and so need every vᵢ > 0. */
export const NEEDS_POSITIVE_VI: ReadonlySet<TauMethod> = new Set(['DL', 'HS', 'HSk', 'PM', 'PMM']);
