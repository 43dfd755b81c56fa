/**
 * SD of a group from a confidence interval of its mean (Cochrane Handbook for
 * Systematic Reviews of Interventions, version 6, 6.5.2.2):
 *   SD = √n (upper − lower) / (2q),
 * where q is the 1 − α/2 quantile of the t distribution with n − 1 df for small
 * samples (the Handbook says under about 60) and of the normal distribution for
 * large ones (3.92 = 2 × 1.96 for a 95% CI). `quantile: 'auto'` (the default)
 * follows that rule; 't' or 'z' forces one.
 * Example: 95% CI 46.1 to 53.9 from n = 25: q = t₀.₉₇₅,₂₄ = 2.0639, SD = 5 × 7.8/4.1278 = 9.4482.
 */
import { InputError } from '../errors.js';
import { normalQuant, tQuant } from '../distributions/index.js';
import { levelFraction } from '../models/level.js';

export interface CiToSdOptions {
  /** Confidence level in percent (or as a fraction); default 95. */
  readonly level?: number;
  /** 't' with n − 1 df, 'z', or 'auto' (t below n = 60, z from there); default 'auto'. */
  readonly quantile?: 'auto' | 't' | 'z';
}

/** Sample size below which the Handbook takes the interval to come from the t distribution. */
export const SMALL_SAMPLE = 60;

export function sdFromCi(lower: number, upper: number, n: number, options: CiToSdOptions = {}): number {
  if (!(Number.isFinite(lower) && Number.isFinite(upper) && lower <= upper)) {
    throw new InputError(`'lower' must not exceed 'upper' (got ${lower} to ${upper}).`, { field: 'lower', value: lower });
  }
  if (!(Number.isFinite(n) && n >= 2)) {
    throw new InputError(`'n' must be a sample size of at least 2 (got ${n}).`, { field: 'n', value: n });
  }
  const alpha = 1 - levelFraction(options.level ?? 95);
  const kind = options.quantile ?? 'auto';
  const useT = kind === 't' || (kind === 'auto' && n < SMALL_SAMPLE);
  const q = useT ? tQuant(1 - alpha / 2, n - 1) : normalQuant(1 - alpha / 2);
  return (Math.sqrt(n) * (upper - lower)) / (2 * q);
}
