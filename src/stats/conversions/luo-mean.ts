/**
 * Sample mean from the median with the range and/or interquartile range, by
 * the optimally weighted estimators of Luo, Wan, Liu & Tong (2018, Stat Methods
 * Med Res 27:1785):
 *   S1  w = 4/(4 + n^0.75):  mean ≈ w(min + max)/2 + (1 − w)·median
 *   S2  w₁ = 2.2/(2.2 + n^0.75), w₂ = 0.7 − 0.72/n^0.55:
 *       mean ≈ w₁(min + max)/2 + w₂(q1 + q3)/2 + (1 − w₁ − w₂)·median
 *   S3  w = 0.7 + 0.39/n:    mean ≈ w(q1 + q3)/2 + (1 − w)·median
 * Example: q1 = 10, median = 15, q3 = 22, n = 100 (S3): mean = 0.7039·16 + 0.2961·15 = 15.7039.
 */
import { medianScenario, type MedianSummary } from './median-summary.js';

export function luoMean(s: MedianSummary): number {
  const scenario = medianScenario(s);
  const { n, median } = s;
  const midRange = ((s.min as number) + (s.max as number)) / 2;
  const midQuartiles = ((s.q1 as number) + (s.q3 as number)) / 2;
  if (scenario === 'S1') {
    const w = 4 / (4 + n ** 0.75);
    return w * midRange + (1 - w) * median;
  }
  if (scenario === 'S3') {
    const w = 0.7 + 0.39 / n;
    return w * midQuartiles + (1 - w) * median;
  }
  const w1 = 2.2 / (2.2 + n ** 0.75);
  const w2 = 0.7 - 0.72 / n ** 0.55;
  return w1 * midRange + w2 * midQuartiles + (1 - w1 - w2) * median;
}
