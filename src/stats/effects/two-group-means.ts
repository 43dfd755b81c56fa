/**
 * Two-group continuous outcomes from means, SDs and group sizes, with the pooled
 * SD sᵖᵢ = √(((n1ᵢ−1)sd1ᵢ² + (n2ᵢ−1)sd2ᵢ²)/(n1ᵢ+n2ᵢ−2)), as in metafor 3.8:
 *   MD   m1ᵢ − m2ᵢ, vᵢ = sd1ᵢ²/n1ᵢ + sd2ᵢ²/n2ᵢ ("LS", "UB"), sᵖᵢ²(1/n1ᵢ + 1/n2ᵢ) ("HO")
 *   SMD  Hedges' g (Hedges 1981), see smd.ts
 *   SMDH Bonett's (2009, Psychol Methods 14:225) SMD with the average variance
 *        sᵢ² = (sd1ᵢ² + sd2ᵢ²)/2: yᵢ = c(mᵢ)(m1ᵢ − m2ᵢ)/sᵢ,
 *        vᵢ = c(mᵢ)² [yᵢ²(sd1ᵢ⁴/(n1ᵢ−1) + sd2ᵢ⁴/(n2ᵢ−1))/(8sᵢ⁴) + (sd1ᵢ²/(n1ᵢ−1) + sd2ᵢ²/(n2ᵢ−1))/sᵢ²]
 *        (the corrected yᵢ plugged in, and the whole scaled by c², as 3.8 does)
 *   ROM  log ratio of means (Hedges, Gurevitch & Curtis 1999, Ecology 80:1150):
 *        log(m1ᵢ/m2ᵢ), vᵢ = sd1ᵢ²/(n1ᵢm1ᵢ²) + sd2ᵢ²/(n2ᵢm2ᵢ²) ("LS"); with sᵖᵢ for both
 *        SDs ("HO"); with size-weighted mean CVs per group ("AV") or over both ("AVHO")
 * Example (dat.normand1999, study 1): MD yi = −20, vi = 40.5080.
 */
import { biasCorrection } from './bias-correction.js';
import { presentRows } from './columns.js';
import type { Family } from './family.js';
import { smd } from './smd.js';
import { checkSds, checkSizes } from './validate.js';
import { weightedMean } from './weighted-mean.js';

export const twoGroupMeans: Family = (measure, cols, options) => {
  if (measure === 'SMD') return smd(measure, cols, options);
  const { k } = cols;
  const [m1, sd1, n1, m2, sd2, n2] = (['m1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i'] as const).map((f) => cols.required(f));
  checkSds(measure, 'sd1i', sd1);
  checkSds(measure, 'sd2i', sd2);
  checkSizes(measure, 'n1i', n1);
  checkSizes(measure, 'n2i', n2);
  const sdp = n1.map((_, i) => Math.sqrt(((n1[i] - 1) * sd1[i] ** 2 + (n2[i] - 1) * sd2[i] ** 2) / (n1[i] + n2[i] - 2)));
  const cv1 = m1.map((m, i) => sd1[i] / m);
  const cv2 = m2.map((m, i) => sd2[i] / m);
  const yi = new Float64Array(k);
  const vi = new Float64Array(k);
  const { vtype } = options;
  const meanCv1 = vtype === 'AV' ? weightedMean(cv1, n1) : NaN;
  const meanCv2 = vtype === 'AV' ? weightedMean(cv2, n2) : NaN;
  const meanCv = vtype === 'AVHO' ? pooledMeanCv(cv1, cv2, n1, n2) : NaN;
  for (let i = 0; i < k; i++) {
    if (measure === 'MD') {
      yi[i] = m1[i] - m2[i];
      vi[i] = vtype === 'HO' ? sdp[i] ** 2 * (1 / n1[i] + 1 / n2[i]) : sd1[i] ** 2 / n1[i] + sd2[i] ** 2 / n2[i];
    } else if (measure === 'SMDH') {
      const c = biasCorrection(n1[i] + n2[i] - 2);
      const s2 = (sd1[i] ** 2 + sd2[i] ** 2) / 2;
      yi[i] = (c * (m1[i] - m2[i])) / Math.sqrt(s2);
      const df1 = n1[i] - 1;
      const df2 = n2[i] - 1;
      vi[i] = c ** 2 * ((yi[i] ** 2 * (sd1[i] ** 4 / df1 + sd2[i] ** 4 / df2)) / (8 * s2 ** 2) + (sd1[i] ** 2 / df1 + sd2[i] ** 2 / df2) / s2);
    } else {
      yi[i] = Math.log(m1[i] / m2[i]);
      vi[i] =
        vtype === 'HO' ? sdp[i] ** 2 / (n1[i] * m1[i] ** 2) + sdp[i] ** 2 / (n2[i] * m2[i] ** 2)
        : vtype === 'AV' ? meanCv1 ** 2 / n1[i] + meanCv2 ** 2 / n2[i]
        : vtype === 'AVHO' ? meanCv ** 2 * (1 / n1[i] + 1 / n2[i])
        : cv1[i] ** 2 / n1[i] + cv2[i] ** 2 / n2[i];
    }
  }
  return { yi, vi, complete: presentRows(k, [m1, sd1, n1, m2, sd2, n2]), warnings: [] };
};

/** Size-weighted mean of both groups' CVs over the rows where all four are present. */
function pooledMeanCv(cv1: Float64Array, cv2: Float64Array, n1: Float64Array, n2: Float64Array): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < cv1.length; i++) {
    if ([cv1[i], cv2[i], n1[i], n2[i]].some(Number.isNaN)) continue;
    num += n1[i] * cv1[i] + n2[i] * cv2[i];
    den += n1[i] + n2[i];
  }
  return num / den;
}
