/**
 * Incidence rates from xᵢ events over tᵢ person-time (metafor 3.8), after the
 * zero-count correction of xᵢ, with irᵢ = xᵢ/tᵢ:
 *   IR    irᵢ,       vᵢ = xᵢ/tᵢ²
 *   IRLN  log irᵢ,   vᵢ = 1/xᵢ
 * Two groups (x1ᵢ/t1ᵢ vs x2ᵢ/t2ᵢ; drop00 drops studies with no events in either):
 *   IRR   log ir1ᵢ − log ir2ᵢ,  vᵢ = 1/x1ᵢ + 1/x2ᵢ
 *   IRD   ir1ᵢ − ir2ᵢ,          vᵢ = x1ᵢ/t1ᵢ² + x2ᵢ/t2ᵢ²
 * (Rothman, Greenland & Lash 2008, Modern Epidemiology, 3rd ed.)
 * Example (dat.hart1999, study 1: 9 vs 19 strokes): IRR vi = 0.1637.
 */
import { presentRows } from './columns.js';
import type { Family } from './family.js';
import { checkCounts, checkEach, isPositive } from './validate.js';
import { addToCells } from './zero-cells.js';

export const rates: Family = (measure, cols, options) => {
  const x0 = cols.required('xi');
  const t = cols.required('ti');
  checkCounts(measure, 'xi', x0);
  checkEach(measure, 'ti', t, isPositive, 'a positive person-time');
  const [x] = addToCells([x0], options.add, options.to);
  const log = measure === 'IRLN';
  const yi = x.map((v, i) => (log ? Math.log(v / t[i]) : v / t[i]));
  const vi = x.map((v, i) => (log ? 1 / v : v / t[i] ** 2));
  return { yi, vi, complete: presentRows(cols.k, [x0, t]), warnings: [] };
};

export const twoRates: Family = (measure, cols, options) => {
  const x1 = cols.required('x1i').slice();
  const t1 = cols.required('t1i');
  const x2 = cols.required('x2i').slice();
  const t2 = cols.required('t2i');
  checkCounts(measure, 'x1i', x1);
  checkCounts(measure, 'x2i', x2);
  checkEach(measure, 't1i', t1, isPositive, 'a positive person-time');
  checkEach(measure, 't2i', t2, isPositive, 'a positive person-time');
  const complete = presentRows(cols.k, [x1, t1, x2, t2]);
  if (options.drop00) {
    for (let i = 0; i < cols.k; i++) {
      if (x1[i] === 0 && x2[i] === 0) {
        x1[i] = x2[i] = NaN;
        complete[i] = 0;
      }
    }
  }
  const [a, b] = addToCells([x1, x2], options.add, options.to);
  const ir1 = a.map((v, i) => v / t1[i]);
  const ir2 = b.map((v, i) => v / t2[i]);
  const ratio = measure === 'IRR';
  const yi = ir1.map((v, i) => (ratio ? Math.log(v) - Math.log(ir2[i]) : v - ir2[i]));
  const vi = ir1.map((v, i) => (ratio ? 1 / a[i] + 1 / b[i] : v / t1[i] + ir2[i] / t2[i]));
  return { yi, vi, complete, warnings: [] };
};
