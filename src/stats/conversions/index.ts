/** Converting reported summaries to the inputs escalc needs: the public entry of src/stats/conversions. */
export { sdFromCi, SMALL_SAMPLE, type CiToSdOptions } from './ci-to-sd.js';
export { combineArms, combineBinaryArms, type BinaryArm, type ContinuousArm } from './combine-arms.js';
export { luoMean } from './luo-mean.js';
export { meanSdFromMedian } from './mean-sd-from-median.js';
export { medianScenario, type MedianScenario, type MedianSummary } from './median-summary.js';
export { sdFromSe } from './se-to-sd.js';
export { iqrDivisor, rangeDivisor, wanSd } from './wan-sd.js';
