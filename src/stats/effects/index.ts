/** Effect sizes as metafor's escalc computes them: the public entry of src/stats/effects. */
export { escalc } from './escalc.js';
export { isRatioMeasure, requiredFields } from './measures.js';
export { MEASURES } from './types.js';
export type { AddTo, EffectSizes, EscalcInput, EscalcOptions, InputName, Measure } from './types.js';
