import { InputError } from '../errors.js';

/** Confidence level as a fraction; accepts 95 or 0.95 as metafor does. */
export function levelFraction(level: number): number {
  const f = level > 1 ? level / 100 : level;
  if (!(f > 0 && f < 1)) {
    throw new InputError(`The confidence level must be between 0 and 100 (got ${level}).`, {
      field: 'level',
      value: level,
    });
  }
  return f;
}
