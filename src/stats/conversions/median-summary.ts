/**
 * A sample reported by its median instead of its mean and SD, in the three
 * scenarios of Wan et al. (2014, BMC Med Res Methodol 14:135) and Luo et al.
 * (2018, Stat Methods Med Res 27:1785):
 *   S1 {min, median, max, n}, S2 {min, q1, median, q3, max, n}, S3 {q1, median, q3, n}.
 * The scenario follows from which values are given; they must be ordered
 * min ≤ q1 ≤ median ≤ q3 ≤ max, and n a whole number of at least 2.
 */
import { InputError } from '../errors.js';

export interface MedianSummary {
  readonly n: number;
  readonly median: number;
  readonly min?: number;
  readonly max?: number;
  readonly q1?: number;
  readonly q3?: number;
}

export type MedianScenario = 'S1' | 'S2' | 'S3';

const given = (v: number | undefined): v is number => v !== undefined && !Number.isNaN(v);

function requirePair(lowName: string, low: number | undefined, highName: string, high: number | undefined): boolean {
  if (given(low) !== given(high)) {
    const missing = given(low) ? highName : lowName;
    throw new InputError(`'${missing}' is needed with '${given(low) ? lowName : highName}'.`, { field: missing });
  }
  return given(low);
}

/** The scenario of a summary, after checking that its values are usable. */
export function medianScenario(s: MedianSummary): MedianScenario {
  if (!(Number.isInteger(s.n) && s.n >= 2)) {
    throw new InputError(`'n' must be a whole number of at least 2 (got ${s.n}).`, { field: 'n', value: s.n });
  }
  if (!Number.isFinite(s.median)) {
    throw new InputError(`'median' must be a finite number (got ${s.median}).`, { field: 'median', value: s.median });
  }
  const range = requirePair('min', s.min, 'max', s.max);
  const iqr = requirePair('q1', s.q1, 'q3', s.q3);
  if (!range && !iqr) {
    throw new InputError("Give the range ('min', 'max'), the quartiles ('q1', 'q3') or both with the median.", { field: 'min' });
  }
  const ordered: [string, number | undefined][] = [['min', s.min], ['q1', s.q1], ['median', s.median], ['q3', s.q3], ['max', s.max]];
  const present = ordered.filter((e): e is [string, number] => given(e[1]));
  for (let j = 1; j < present.length; j++) {
    const [lowName, low] = present[j - 1];
    const [name, value] = present[j];
    if (!Number.isFinite(value) || value < low) {
      throw new InputError(`'${name}' must be at least '${lowName}' (got ${name} = ${value}, ${lowName} = ${low}).`, { field: name, value });
    }
  }
  return range && iqr ? 'S2' : range ? 'S1' : 'S3';
}
