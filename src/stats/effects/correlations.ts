/**
 * Correlations rᵢ from samples of nᵢ (metafor 3.8):
 *   COR   rᵢ,                        vᵢ = (1 − rᵢ²)²/(nᵢ − 1) ("LS", the large-sample
 *         variance, Hedges & Olkin 1985), or with the ñ-weighted mean r in place of rᵢ ("AV")
 *   ZCOR  Fisher's z, atanh rᵢ,      vᵢ = 1/(nᵢ − 3)        (Fisher 1921)
 * For nᵢ ≤ 3 metafor keeps yᵢ but sets vᵢ to NA; so does this module, with a warning.
 * Example (dat.molloy2014, study 1: r = 0.187, n = 109): ZCOR yi = 0.1892, vi = 0.009434.
 */
import { presentRows } from './columns.js';
import type { Family } from './family.js';
import { checkEach, checkSizes, isCorrelation } from './validate.js';
import { weightedMean } from './weighted-mean.js';

export const correlations: Family = (measure, cols, options) => {
  const r = cols.required('ri');
  const n = cols.required('ni');
  checkEach(measure, 'ri', r, isCorrelation, 'a correlation between -1 and 1');
  checkSizes(measure, 'ni', n);
  const z = measure === 'ZCOR';
  const yi = r.map((v) => (z ? Math.atanh(v) : v));
  const rBar = options.vtype === 'AV' ? weightedMean(yi, n) : NaN;
  const vi = r.map((v, i) => (z ? 1 / (n[i] - 3) : (1 - (options.vtype === 'AV' ? rBar : v) ** 2) ** 2 / (n[i] - 1)));
  const keepYi = new Uint8Array(cols.k);
  const small: number[] = [];
  for (let i = 0; i < cols.k; i++) {
    if (n[i] <= 3) {
      vi[i] = NaN;
      keepYi[i] = 1;
      small.push(i);
    }
  }
  const warnings =
    small.length === 0
      ? []
      : [`Cannot estimate the sampling variance when ni <= 3 (rows ${small.join(', ')}); their vi is NaN, as in metafor.`];
  return { yi, vi, complete: presentRows(cols.k, [r, n]), keepYi, warnings };
};
