/**
 * Mean and SD together from a median summary: the mean by Luo et al. (2018,
 * luo-mean.ts) and the SD by Wan et al. (2014, wan-sd.ts), with the scenario
 * used, so that a report can say which formulas produced them.
 * Example: {min 2, q1 10, median 15, q3 22, max 40, n 100} (S2) gives mean 16.0331, SD 8.3134.
 */
import { luoMean } from './luo-mean.js';
import { medianScenario, type MedianScenario, type MedianSummary } from './median-summary.js';
import { wanSd } from './wan-sd.js';

export function meanSdFromMedian(s: MedianSummary): { mean: number; sd: number; scenario: MedianScenario } {
  return { mean: luoMean(s), sd: wanSd(s), scenario: medianScenario(s) };
}
