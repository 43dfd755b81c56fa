/**
 * Reading escalc's input columns: one length for all of them, NaN for a missing
 * value (null or undefined from a parsed file count as missing too), and an
 * InputError naming the argument when a measure's required column is absent.
 */
import { InputError } from '../errors.js';
import { describeFields } from './measures.js';
import type { EscalcInput, InputName, Measure } from './types.js';

export interface Columns {
  readonly measure: Measure;
  /** Number of studies (rows). */
  readonly k: number;
  /** The column, or undefined when the argument was not given. */
  optional(name: InputName): Float64Array | undefined;
  /** The column; throws an InputError naming it when it was not given. */
  required(name: InputName): Float64Array;
}

function toFloat64(x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number | null | undefined;
    out[i] = v === null || v === undefined ? NaN : Number(v);
  }
  return out;
}

/** The named columns of `input`, checked to have one common length. */
export function readColumns(measure: Measure, input: EscalcInput, names: readonly InputName[]): Columns {
  const given = names.filter((n) => input[n] !== undefined);
  const k = given.length === 0 ? 0 : (input[given[0]] as ArrayLike<number>).length;
  const cols = new Map<InputName, Float64Array>();
  for (const name of given) {
    const x = input[name] as ArrayLike<number>;
    if (x.length !== k) {
      throw new InputError(
        `escalc('${measure}'): '${name}' has ${x.length} values but '${given[0]}' has ${k}; every input needs one value per study.`,
        { field: name, value: x.length },
      );
    }
    cols.set(name, toFloat64(x));
  }
  return {
    measure,
    k,
    optional: (name) => cols.get(name),
    required: (name) => {
      const col = cols.get(name);
      if (col === undefined) {
        throw new InputError(`escalc('${measure}') needs '${name}' (it takes ${describeFields(measure)}).`, { field: name });
      }
      return col;
    },
  };
}

/** Each row's value from `first`, or from `fallback(i)` where `first` is absent or missing (metafor's replmiss). */
export function replaceMissing(first: Float64Array | undefined, k: number, fallback: (i: number) => number): Float64Array {
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const v = first === undefined ? NaN : first[i];
    out[i] = Number.isNaN(v) ? fallback(i) : v;
  }
  return out;
}

/** 1 where every given column has a value in that row. */
export function presentRows(k: number, cols: readonly Float64Array[]): Uint8Array {
  const out = new Uint8Array(k);
  for (let i = 0; i < k; i++) out[i] = cols.every((c) => !Number.isNaN(c[i])) ? 1 : 0;
  return out;
}
