/**
 * SD of a group from the standard error of its mean, SD = SE·√n
 * (Cochrane Handbook for Systematic Reviews of Interventions, version 6, 6.5.2.2).
 * Example: SE 2 from 25 participants gives SD 10.
 */
import { InputError } from '../errors.js';

export function sdFromSe(se: number, n: number): number {
  if (!(Number.isFinite(se) && se >= 0)) {
    throw new InputError(`'se' must be a non-negative number (got ${se}).`, { field: 'se', value: se });
  }
  if (!(Number.isFinite(n) && n >= 1)) {
    throw new InputError(`'n' must be a sample size of at least 1 (got ${n}).`, { field: 'n', value: n });
  }
  return se * Math.sqrt(n);
}
