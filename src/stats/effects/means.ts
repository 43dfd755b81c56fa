/**
 * Single-group means from mᵢ, sdᵢ and nᵢ (metafor 3.8):
 *   MN   mᵢ,       vᵢ = sdᵢ²/nᵢ
 *   MNLN log mᵢ,   vᵢ = sdᵢ²/(nᵢmᵢ²)   (delta method; means must not be negative)
 * Example (dat.normand1999, group 1 of study 1: 55, SD 47, n 155): MN vi = 14.2516.
 */
import { presentRows } from './columns.js';
import type { Family } from './family.js';
import { checkEach, checkSds, checkSizes, isNonNegative } from './validate.js';

export const means: Family = (measure, cols) => {
  const m = cols.required('mi');
  const sd = cols.required('sdi');
  const n = cols.required('ni');
  checkSds(measure, 'sdi', sd);
  checkSizes(measure, 'ni', n);
  if (measure === 'MNLN') checkEach(measure, 'mi', m, isNonNegative, 'a non-negative mean for the log transformation');
  const log = measure === 'MNLN';
  const yi = m.map((v) => (log ? Math.log(v) : v));
  const vi = m.map((v, i) => (log ? sd[i] ** 2 / (n[i] * v ** 2) : sd[i] ** 2 / n[i]));
  return { yi, vi, complete: presentRows(cols.k, [m, sd, n]), warnings: [] };
};
