/**
 * Single proportions from xᵢ events among nᵢ (or xᵢ events and mᵢ non-events),
 * after the zero-cell correction of xᵢ and mᵢ, with pᵢ = xᵢ/nᵢ (metafor 3.8):
 *   PR   pᵢ,                 vᵢ = pᵢ(1−pᵢ)/nᵢ ("LS"), /(nᵢ−1) ("UB"), or with the ñ-weighted mean p ("AV")
 *   PLN  log pᵢ,             vᵢ = 1/xᵢ − 1/nᵢ ("LS"), 1/(p̄nᵢ) − 1/nᵢ ("AV")
 *   PLO  logit pᵢ,           vᵢ = 1/xᵢ + 1/mᵢ ("LS"), 1/(p̄nᵢ) + 1/((1−p̄)nᵢ) ("AV")
 *   PAS  arcsin √pᵢ,         vᵢ = 1/(4nᵢ)
 *   PFT  Freeman & Tukey (1950, Ann Math Stat 21:607) double arcsine
 *        ½[arcsin √(xᵢ/(nᵢ+1)) + arcsin √((xᵢ+1)/(nᵢ+1))], vᵢ = 1/(4nᵢ + 2)
 * PAS and PFT are corrected only when `add` is given (metafor's default add is 0 for them).
 * Example (dat.pritz1997, study 1: 16/17): PLO yi = 2.7726, vi = 1.0625.
 */
import { presentRows, replaceMissing } from './columns.js';
import type { Family } from './family.js';
import { checkCounts, checkNotAbove, checkSizes, checkSum } from './validate.js';
import { weightedMean } from './weighted-mean.js';
import { addToCells } from './zero-cells.js';

export const proportions: Family = (measure, cols, options) => {
  const { k } = cols;
  const x0 = cols.required('xi');
  const nonEvents = cols.optional('mi');
  const n0 = cols.optional('ni');
  if (nonEvents === undefined) cols.required('ni');
  checkCounts(measure, 'xi', x0);
  checkCounts(measure, 'mi', nonEvents);
  checkSizes(measure, 'ni', n0);
  checkNotAbove(measure, 'xi', x0, 'ni', n0);
  checkSum(measure, 'ni', n0, ['xi', x0, 'mi', nonEvents]);
  const m0 = replaceMissing(nonEvents, k, (i) => (n0 === undefined ? NaN : n0[i] - x0[i]));
  const complete = presentRows(k, [x0, m0]);
  const [x, m] = addToCells([x0, m0], options.add, options.to);
  const n = x.map((v, i) => v + m[i]);
  const p = x.map((v, i) => v / n[i]);
  const pBar = options.vtype === 'AV' ? weightedMean(p, n) : NaN;
  const yi = new Float64Array(k);
  const vi = new Float64Array(k);
  const { vtype } = options;
  for (let i = 0; i < k; i++) {
    switch (measure) {
      case 'PR': {
        yi[i] = p[i];
        const q = vtype === 'AV' ? pBar : p[i];
        vi[i] = (q * (1 - q)) / (vtype === 'UB' ? n[i] - 1 : n[i]);
        break;
      }
      case 'PLN':
        yi[i] = Math.log(p[i]);
        vi[i] = vtype === 'AV' ? 1 / (pBar * n[i]) - 1 / n[i] : 1 / x[i] - 1 / n[i];
        break;
      case 'PLO':
        yi[i] = Math.log(p[i] / (1 - p[i]));
        vi[i] = vtype === 'AV' ? 1 / (pBar * n[i]) + 1 / ((1 - pBar) * n[i]) : 1 / x[i] + 1 / m[i];
        break;
      case 'PAS':
        yi[i] = Math.asin(Math.sqrt(p[i]));
        vi[i] = 1 / (4 * n[i]);
        break;
      case 'PFT':
        yi[i] = (Math.asin(Math.sqrt(x[i] / (n[i] + 1))) + Math.asin(Math.sqrt((x[i] + 1) / (n[i] + 1)))) / 2;
        vi[i] = 1 / (4 * n[i] + 2);
        break;
      default:
        throw new Error(`proportions(): unexpected measure ${measure}`);
    }
  }
  return { yi, vi, complete, warnings: [] };
};
