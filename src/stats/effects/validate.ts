/**
 * Checks for impossible input, as metafor's escalc makes them ("One or more
 * counts are negative.", …) but naming the argument, the 0-based row and the
 * value. Missing values (NaN) pass; they give a missing outcome instead.
 */
import { InputError } from '../errors.js';
import type { InputName, Measure } from './types.js';

/** Throws unless every present value of `x` is finite and satisfies `ok`. */
export function checkEach(
  measure: Measure,
  name: InputName,
  x: Float64Array | undefined,
  ok: (v: number) => boolean,
  expected: string,
): void {
  if (x === undefined) return;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (Number.isNaN(v)) continue;
    if (!Number.isFinite(v) || !ok(v)) {
      throw new InputError(`escalc('${measure}'): '${name}' must be ${expected} (row ${i}: got ${v}).`, {
        field: name,
        row: i,
        value: v,
      });
    }
  }
}

export const isNonNegative = (v: number): boolean => v >= 0;
export const isPositive = (v: number): boolean => v > 0;
export const isAtLeastOne = (v: number): boolean => v >= 1;
export const isCorrelation = (v: number): boolean => Math.abs(v) <= 1;

export const checkCounts = (m: Measure, name: InputName, x: Float64Array | undefined): void =>
  checkEach(m, name, x, isNonNegative, 'a non-negative count');

export const checkSizes = (m: Measure, name: InputName, x: Float64Array | undefined): void =>
  checkEach(m, name, x, isAtLeastOne, 'a sample size of at least 1');

export const checkSds = (m: Measure, name: InputName, x: Float64Array | undefined): void =>
  checkEach(m, name, x, isNonNegative, 'a non-negative standard deviation');

/** Throws where a count exceeds its total (e.g. aᵢ > n1ᵢ), naming the count. */
export function checkNotAbove(
  measure: Measure,
  name: InputName,
  x: Float64Array,
  totalName: InputName,
  total: Float64Array | undefined,
): void {
  if (total === undefined) return;
  for (let i = 0; i < x.length; i++) {
    if (x[i] > total[i]) {
      throw new InputError(
        `escalc('${measure}'): '${name}' must not exceed '${totalName}' (row ${i}: ${name} = ${x[i]}, ${totalName} = ${total[i]}).`,
        { field: name, row: i, value: x[i] },
      );
    }
  }
}

/** Throws where a given total disagrees with the sum of its parts (metafor: "'n1i' values are not equal to 'ai + bi'"). */
export function checkSum(
  measure: Measure,
  totalName: InputName,
  total: Float64Array | undefined,
  parts: readonly [InputName, Float64Array | undefined, InputName, Float64Array | undefined],
): void {
  const [aName, a, bName, b] = parts;
  if (total === undefined || a === undefined || b === undefined) return;
  for (let i = 0; i < total.length; i++) {
    const sum = a[i] + b[i];
    if (!Number.isNaN(total[i]) && !Number.isNaN(sum) && total[i] !== sum) {
      throw new InputError(
        `escalc('${measure}'): '${totalName}' must equal ${aName} + ${bName} (row ${i}: ${totalName} = ${total[i]}, ${aName} + ${bName} = ${sum}).`,
        { field: totalName, row: i, value: total[i] },
      );
    }
  }
}
