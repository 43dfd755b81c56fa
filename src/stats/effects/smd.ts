/**
 * Hedges' g, the bias-corrected standardized mean difference (Hedges 1981,
 * J Educ Stat 6:107; metafor's measure "SMD"):
 *   dᵢ = (m1ᵢ − m2ᵢ)/sᵖᵢ, yᵢ = c(mᵢ)·dᵢ with mᵢ = n1ᵢ + n2ᵢ − 2 and c the exact
 *   correction (bias-correction.ts), and with ñᵢ = n1ᵢ + n2ᵢ
 *   vᵢ = 1/n1ᵢ + 1/n2ᵢ + yᵢ²/(2ñᵢ)                       ("LS", Hedges & Olkin 1985)
 *   vᵢ = 1/n1ᵢ + 1/n2ᵢ + (1 − (mᵢ−2)/(mᵢc(mᵢ)²))·yᵢ²       ("UB", Hedges 1983)
 *   vᵢ = c(mᵢ)²(1/n1ᵢ + 1/n2ᵢ + dᵢ²/(2ñᵢ))                ("LS2", Borenstein 2009, eq. 4.24)
 *   vᵢ = 1/n1ᵢ + 1/n2ᵢ + ȳ²/(2ñᵢ), ȳ the ñ-weighted mean yᵢ ("AV")
 * Where a row has Cohen's d in `di`, or a t statistic in `ti` (dᵢ = tᵢ√(1/n1ᵢ + 1/n2ᵢ)),
 * that d is used instead of the means and SDs, as metafor does.
 * Example (dat.normand1999, study 1): yi = −0.3552, vi = 0.0131.
 */
import { biasCorrection } from './bias-correction.js';
import { presentRows, replaceMissing, type Columns } from './columns.js';
import type { Family } from './family.js';
import { checkSds, checkSizes } from './validate.js';
import { weightedMean } from './weighted-mean.js';

/** Per-row Cohen's d: from di, else from ti, else from the means and pooled SD. */
function cohensD(cols: Columns, n1: Float64Array, n2: Float64Array): { d: Float64Array; complete: Uint8Array } {
  const { measure, k } = cols;
  const tStat = cols.optional('ti');
  const dGiven = replaceMissing(cols.optional('di'), k, (i) =>
    tStat === undefined ? NaN : tStat[i] * Math.sqrt(1 / n1[i] + 1 / n2[i]),
  );
  const fromSummaries = dGiven.some(Number.isNaN);
  const names = ['m1i', 'sd1i', 'm2i', 'sd2i'] as const;
  const [m1, sd1, m2, sd2] = names.map((f) => (fromSummaries ? cols.required(f) : (cols.optional(f) ?? new Float64Array(k).fill(NaN))));
  checkSds(measure, 'sd1i', sd1);
  checkSds(measure, 'sd2i', sd2);
  const d = dGiven.map((v, i) => {
    if (!Number.isNaN(v)) return v;
    const sdp = Math.sqrt(((n1[i] - 1) * sd1[i] ** 2 + (n2[i] - 1) * sd2[i] ** 2) / (n1[i] + n2[i] - 2));
    return (m1[i] - m2[i]) / sdp;
  });
  const summaries = presentRows(k, [m1, sd1, m2, sd2]);
  const complete = presentRows(k, [n1, n2]).map((v, i) => (v === 1 && (!Number.isNaN(dGiven[i]) || summaries[i] === 1) ? 1 : 0));
  return { d, complete };
}

export const smd: Family = (measure, cols, options) => {
  const { k } = cols;
  const n1 = cols.required('n1i');
  const n2 = cols.required('n2i');
  checkSizes(measure, 'n1i', n1);
  checkSizes(measure, 'n2i', n2);
  const { d, complete } = cohensD(cols, n1, n2);
  const c = n1.map((_, i) => biasCorrection(n1[i] + n2[i] - 2));
  const yi = d.map((v, i) => c[i] * v);
  const nTotal = n1.map((v, i) => v + n2[i]);
  const meanY = options.vtype === 'AV' ? weightedMean(yi, nTotal) : NaN;
  const vi = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const base = 1 / n1[i] + 1 / n2[i];
    const m = nTotal[i] - 2;
    switch (options.vtype) {
      case 'UB':
        vi[i] = base + (1 - (m - 2) / (m * c[i] ** 2)) * yi[i] ** 2;
        break;
      case 'LS2':
        vi[i] = c[i] ** 2 * (base + d[i] ** 2 / (2 * nTotal[i]));
        break;
      case 'AV':
        vi[i] = base + meanY ** 2 / (2 * nTotal[i]);
        break;
      default:
        vi[i] = base + yi[i] ** 2 / (2 * nTotal[i]);
    }
  }
  return { yi, vi, complete, warnings: [] };
};
