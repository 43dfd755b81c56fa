/**
 * Two-group binary outcomes from 2×2 tables (after drop00 and the zero-cell
 * correction, see two-by-two.ts), with p1ᵢ = aᵢ/n1ᵢ and p2ᵢ = cᵢ/n2ᵢ:
 *   OR   log odds ratio log(aᵢdᵢ / bᵢcᵢ), vᵢ = 1/aᵢ + 1/bᵢ + 1/cᵢ + 1/dᵢ (Woolf 1955)
 *   RR   log risk ratio log(p1ᵢ/p2ᵢ),     vᵢ = 1/aᵢ − 1/n1ᵢ + 1/cᵢ − 1/n2ᵢ (Katz et al. 1978)
 *   RD   risk difference p1ᵢ − p2ᵢ,       vᵢ = p1ᵢ(1−p1ᵢ)/n1ᵢ + p2ᵢ(1−p2ᵢ)/n2ᵢ ("LS"),
 *        with n − 1 in the denominators ("UB"), or the size-weighted mean risks ("AV")
 *   PETO Peto's log odds ratio (aᵢ − Eᵢ)/Vᵢ, vᵢ = 1/Vᵢ, with Eᵢ and Vᵢ the
 *        hypergeometric mean and variance of aᵢ given the margins (Yusuf et al. 1985)
 * As in metafor 3.8, every one of them, PETO and RD included, uses the corrected cells.
 * Example (dat.bcg, study 1: 4/123 vs 11/139): OR yi = −0.9387, vi = 0.3571.
 */
import type { Family } from './family.js';
import { readTables } from './two-by-two.js';
import { weightedMean } from './weighted-mean.js';

export const binary: Family = (measure, cols, options) => {
  const { ai, bi, ci, di, complete } = readTables(cols, options);
  const k = cols.k;
  const yi = new Float64Array(k);
  const vi = new Float64Array(k);
  const n1 = new Float64Array(k);
  const n2 = new Float64Array(k);
  const p1 = new Float64Array(k);
  const p2 = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    n1[i] = ai[i] + bi[i];
    n2[i] = ci[i] + di[i];
    p1[i] = ai[i] / n1[i];
    p2[i] = ci[i] / n2[i];
  }
  const meanP1 = options.vtype === 'AV' ? weightedMean(p1, n1) : NaN;
  const meanP2 = options.vtype === 'AV' ? weightedMean(p2, n2) : NaN;
  for (let i = 0; i < k; i++) {
    const a = ai[i];
    const b = bi[i];
    const c = ci[i];
    const d = di[i];
    switch (measure) {
      case 'OR':
        yi[i] = Math.log(p1[i] / (1 - p1[i])) - Math.log(p2[i] / (1 - p2[i]));
        vi[i] = 1 / a + 1 / b + 1 / c + 1 / d;
        break;
      case 'RR':
        yi[i] = Math.log(p1[i]) - Math.log(p2[i]);
        vi[i] = 1 / a - 1 / n1[i] + 1 / c - 1 / n2[i];
        break;
      case 'RD': {
        yi[i] = p1[i] - p2[i];
        const [q1, q2] = options.vtype === 'AV' ? [meanP1, meanP2] : [p1[i], p2[i]];
        const shift = options.vtype === 'UB' ? 1 : 0;
        vi[i] = (q1 * (1 - q1)) / (n1[i] - shift) + (q2 * (1 - q2)) / (n2[i] - shift);
        break;
      }
      case 'PETO': {
        const n = n1[i] + n2[i];
        const events = a + c;
        const expected = (events * n1[i]) / n;
        // zero when a table has no events (or only events): yᵢ and vᵢ are then infinite
        const v = (events * (b + d) * (n1[i] / n) * (n2[i] / n)) / (n - 1);
        yi[i] = (a - expected) / v;
        vi[i] = 1 / v;
        break;
      }
      default:
        throw new Error(`binary(): unexpected measure ${measure}`);
    }
  }
  return { yi, vi, complete, warnings: [] };
};
