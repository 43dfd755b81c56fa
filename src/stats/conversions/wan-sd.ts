/**
 * Sample SD from the median with the range and/or interquartile range, by
 * Wan, Wang, Liu & Tong (2014, BMC Med Res Methodol 14:135):
 *   S1  SD ≈ (max − min)/ξ(n)                              (eq. 7)
 *   S2  SD ≈ ½[(max − min)/ξ(n) + (q3 − q1)/η(n)]          (eq. 12)
 *   S3  SD ≈ (q3 − q1)/η(n)                                (eqs. 15–16)
 * with ξ(n) = 2E(Z₍ₙ₎), twice the expected maximum of n standard normals, and
 * η(n) = 2E(Z₍₃Q₊₁₎) for n = 4Q + 1. As the paper prescribes, ξ comes from its
 * Table 1 for n ≤ 50 and η from its Table 2 for Q ≤ 50 (n ≤ 201, Q = ⌈(n − 1)/4⌉,
 * as the R package meta indexes it); beyond, Blom's approximations
 *   ξ(n) ≈ 2Φ⁻¹((n − 0.375)/(n + 0.25)),  η(n) ≈ 2Φ⁻¹((0.75n − 0.125)/(n + 0.25)).
 * Example: q1 = 10, median = 15, q3 = 22, n = 100 (S3, Q = 25): SD = 12/1.330 = 9.0226.
 */
import { normalQuant } from '../distributions/index.js';
import { medianScenario, type MedianSummary } from './median-summary.js';

/** Wan et al. (2014), Table 1: ξ(n) for n = 1 … 50. */
const XI = [
  0.0, 1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.97, 3.078,
  3.173, 3.259, 3.336, 3.407, 3.472, 3.532, 3.588, 3.64, 3.689, 3.735,
  3.778, 3.819, 3.858, 3.895, 3.931, 3.964, 3.997, 4.027, 4.057, 4.086,
  4.113, 4.139, 4.165, 4.189, 4.213, 4.236, 4.259, 4.28, 4.301, 4.322,
  4.341, 4.361, 4.379, 4.398, 4.415, 4.433, 4.45, 4.466, 4.482, 4.498,
];

/** Wan et al. (2014), Table 2: η(n) for n = 4Q + 1, Q = 1 … 50. */
const ETA = [
  0.99, 1.144, 1.206, 1.239, 1.26, 1.274, 1.284, 1.292, 1.298, 1.303,
  1.307, 1.311, 1.313, 1.316, 1.318, 1.32, 1.322, 1.323, 1.324, 1.326,
  1.327, 1.328, 1.329, 1.33, 1.33, 1.331, 1.332, 1.332, 1.333, 1.333,
  1.334, 1.334, 1.335, 1.335, 1.336, 1.336, 1.336, 1.337, 1.337, 1.337,
  1.338, 1.338, 1.338, 1.338, 1.339, 1.339, 1.339, 1.339, 1.339, 1.34,
];

/** ξ(n): the divisor of the range. */
export function rangeDivisor(n: number): number {
  return n <= XI.length ? XI[n - 1] : 2 * normalQuant((n - 0.375) / (n + 0.25));
}

/** η(n): the divisor of the interquartile range. */
export function iqrDivisor(n: number): number {
  const q = Math.ceil((n - 1) / 4);
  return q <= ETA.length ? ETA[q - 1] : 2 * normalQuant((0.75 * n - 0.125) / (n + 0.25));
}

export function wanSd(s: MedianSummary): number {
  const scenario = medianScenario(s);
  const fromRange = () => ((s.max as number) - (s.min as number)) / rangeDivisor(s.n);
  const fromIqr = () => ((s.q3 as number) - (s.q1 as number)) / iqrDivisor(s.n);
  if (scenario === 'S1') return fromRange();
  if (scenario === 'S3') return fromIqr();
  return (fromRange() + fromIqr()) / 2;
}
