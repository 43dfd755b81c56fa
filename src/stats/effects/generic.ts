/**
 * Ready-made outcomes ("GEN"): yᵢ with its sampling variance given directly (vᵢ),
 * as a standard error (vᵢ = seᵢ²), or as a confidence interval, row by row in
 * that order of preference. From a Wald interval at level 1 − α,
 *   vᵢ = ((ubᵢ − lbᵢ) / (2 z₁₋α/₂))²                      (Cochrane Handbook 6.3.1)
 * With ciScale "log", yᵢ and its interval are ratios on their natural scale
 * (e.g. an OR of 1.5, 95% CI 1.1 to 2.05) and are logged first; vᵢ and seᵢ, when
 * given, are taken to be on the log scale already.
 * Example: yi = 1.5, CI 1.1 to 2.05, ciScale "log": yi = 0.405465, vi = 0.0252211.
 */
import { normalQuant } from '../distributions/index.js';
import { presentRows } from './columns.js';
import type { Family } from './family.js';
import { checkEach, checkNotAbove, isNonNegative, isPositive } from './validate.js';

/** Rows whose interval is lopsided about yᵢ: a hint that the CI is on another scale than yᵢ. */
function asymmetric(y: number, lb: number, ub: number): boolean {
  const width = ub - lb;
  return width > 0 && Math.abs(ub - y - (y - lb)) > 0.2 * width;
}

export const generic: Family = (measure, cols, options) => {
  const { k } = cols;
  const y0 = cols.required('yi');
  const v = cols.optional('vi');
  const se = cols.optional('sei');
  const lb0 = cols.optional('ci_lb');
  const ub0 = cols.optional('ci_ub');
  if (v === undefined && se === undefined && (lb0 === undefined || ub0 === undefined)) {
    cols.required(lb0 === undefined && ub0 !== undefined ? 'ci_lb' : ub0 === undefined && lb0 !== undefined ? 'ci_ub' : 'vi');
  }
  checkEach(measure, 'vi', v, isNonNegative, 'a non-negative variance');
  checkEach(measure, 'sei', se, isNonNegative, 'a non-negative standard error');
  const log = options.ciScale === 'log';
  if (log) {
    const ratio = 'a positive ratio (ciScale is "log")';
    checkEach(measure, 'yi', y0, isPositive, ratio);
    checkEach(measure, 'ci_lb', lb0, isPositive, ratio);
    checkEach(measure, 'ci_ub', ub0, isPositive, ratio);
  }
  const lb = lb0?.map((x) => (log ? Math.log(x) : x));
  const ub = ub0?.map((x) => (log ? Math.log(x) : x));
  if (lb0 !== undefined) checkNotAbove(measure, 'ci_lb', lb0, 'ci_ub', ub0);
  const yi = y0.map((x) => (log ? Math.log(x) : x));
  const z = normalQuant(1 - (1 - options.level) / 2);
  const vi = new Float64Array(k).fill(NaN);
  const lopsided: number[] = [];
  for (let i = 0; i < k; i++) {
    if (v !== undefined && !Number.isNaN(v[i])) vi[i] = v[i];
    else if (se !== undefined && !Number.isNaN(se[i])) vi[i] = se[i] ** 2;
    else if (lb !== undefined && ub !== undefined) {
      vi[i] = ((ub[i] - lb[i]) / (2 * z)) ** 2;
      if (asymmetric(yi[i], lb[i], ub[i])) lopsided.push(i);
    }
  }
  const warnings =
    lopsided.length === 0
      ? []
      : [
          `The confidence interval is not centred on yi in rows ${lopsided.join(', ')}` +
            (log
              ? '; check that yi and its interval are on the same scale.'
              : "; if yi and its interval are ratios (OR, RR, HR), pass ciScale: 'log' so that they are logged first."),
        ];
  return { yi, vi, complete: presentRows(k, [y0, vi]), warnings };
};
