/**
 * Pre–post (or matched) designs from the two means, SDs, the sample size nᵢ and
 * the correlation rᵢ between the measurements (metafor 3.8):
 *   MC    raw mean change m1ᵢ − m2ᵢ, vᵢ = (sd1ᵢ² + sd2ᵢ² − 2rᵢsd1ᵢsd2ᵢ)/nᵢ
 *   SMCR  change standardized by the first SD (Becker 1988, Br J Math Stat Psychol 41:257;
 *         Morris 2008, Organ Res Methods 11:364): dᵢ = (m1ᵢ − m2ᵢ)/sd1ᵢ, yᵢ = c(nᵢ − 1)dᵢ,
 *         vᵢ = 2(1 − rᵢ)/nᵢ + yᵢ²/(2nᵢ) ("LS"), c(nᵢ−1)²(2(1 − rᵢ)/nᵢ + dᵢ²/(2nᵢ)) ("LS2")
 * Example (Morris 2008, study 1: 30.6 vs 38.5, SD 15, n 20, r 0.47): SMCR yi = −0.5056.
 */
import { biasCorrection } from './bias-correction.js';
import { presentRows } from './columns.js';
import type { Family } from './family.js';
import { checkEach, checkSds, checkSizes, isCorrelation } from './validate.js';

export const meanChange: Family = (measure, cols, options) => {
  const m1 = cols.required('m1i');
  const m2 = cols.required('m2i');
  const sd1 = cols.required('sd1i');
  const sd2 = measure === 'MC' ? cols.required('sd2i') : undefined;
  const n = cols.required('ni');
  const r = cols.required('ri');
  checkSds(measure, 'sd1i', sd1);
  checkSds(measure, 'sd2i', sd2);
  checkSizes(measure, 'ni', n);
  checkEach(measure, 'ri', r, isCorrelation, 'a correlation between -1 and 1');
  const yi = new Float64Array(cols.k);
  const vi = new Float64Array(cols.k);
  for (let i = 0; i < cols.k; i++) {
    if (sd2 !== undefined) {
      yi[i] = m1[i] - m2[i];
      vi[i] = (sd1[i] ** 2 + sd2[i] ** 2 - 2 * r[i] * sd1[i] * sd2[i]) / n[i];
    } else {
      const c = biasCorrection(n[i] - 1);
      const d = (m1[i] - m2[i]) / sd1[i];
      yi[i] = c * d;
      vi[i] =
        options.vtype === 'LS2'
          ? c ** 2 * ((2 * (1 - r[i])) / n[i] + d ** 2 / (2 * n[i]))
          : (2 * (1 - r[i])) / n[i] + yi[i] ** 2 / (2 * n[i]);
    }
  }
  return { yi, vi, complete: presentRows(cols.k, [m1, m2, sd1, ...(sd2 ? [sd2] : []), n, r]), warnings: [] };
};
