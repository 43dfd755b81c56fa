/**
 * The study-size predictors of the regression test for funnel-plot asymmetry, as
 * metafor's regtest offers them: the standard error (Egger et al. 1997), the sampling
 * variance (Moreno et al. 2009, BMC Med Res Methodol 9:2), and functions of the sample
 * size (Macaskill et al. 2001, Stat Med 20:641; Peters et al. 2006, JAMA 295:676).
 */
import { InputError } from '../errors.js';

export type Predictor = 'sei' | 'vi' | 'ni' | 'ninv' | 'sqrtni' | 'sqrtninv';

export const PREDICTORS: readonly Predictor[] = ['sei', 'vi', 'ni', 'ninv', 'sqrtni', 'sqrtninv'];

/** Predictors whose zero is the "infinitely precise study", so the intercept is a limit estimate. */
export const LIMIT_PREDICTORS: ReadonlySet<Predictor> = new Set(['sei', 'vi', 'ninv', 'sqrtninv']);

/** The predictor's value for each study (NaN where the input is missing). */
export function predictorValues(
  predictor: Predictor,
  vi: ArrayLike<number>,
  ni: ArrayLike<number> | undefined,
): number[] {
  if (!PREDICTORS.includes(predictor)) {
    throw new InputError(`Unknown predictor '${predictor}'. Use one of ${PREDICTORS.join(', ')}.`, {
      field: 'predictor',
      value: predictor,
    });
  }
  if (predictor === 'sei') return Array.from(vi, (v) => Math.sqrt(v));
  if (predictor === 'vi') return Array.from(vi);
  if (ni === undefined) {
    throw new InputError(`The predictor '${predictor}' needs the sample sizes 'ni' (one per study).`, {
      field: 'ni',
    });
  }
  if (ni.length !== vi.length) {
    throw new InputError(`ni has ${ni.length} values but vi has ${vi.length}.`, { field: 'ni' });
  }
  const f: Record<'ni' | 'ninv' | 'sqrtni' | 'sqrtninv', (n: number) => number> = {
    ni: (n) => n,
    ninv: (n) => 1 / n,
    sqrtni: (n) => Math.sqrt(n),
    sqrtninv: (n) => 1 / Math.sqrt(n),
  };
  return Array.from(ni, f[predictor]);
}
