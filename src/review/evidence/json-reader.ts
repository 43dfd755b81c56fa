/**
 * Typed fields of a parsed JSON data file with errors naming the file and the
 * field's path (e.g. outcomes.sledai.lowerIsBetter). JSON gives no line numbers,
 * so the path stands in for the line.
 */
import { FileFormatError } from '../../io/errors.js';

export type JsonObject = Readonly<Record<string, unknown>>;

export interface JsonReader {
  fail(path: string, message: string): never;
  object(value: unknown, path: string): JsonObject;
  array(value: unknown, path: string): readonly unknown[];
  string(value: unknown, path: string): string;
  boolean(value: unknown, path: string): boolean;
  number(value: unknown, path: string): number;
  numberOrNull(value: unknown, path: string): number | null;
}

export function jsonReader(file: string): JsonReader {
  const fail = (path: string, message: string): never => {
    throw new FileFormatError(message, { file, column: path });
  };
  const is = (ok: boolean, path: string, what: string, value: unknown): void => {
    if (!ok) fail(path, `expected ${what}, got ${JSON.stringify(value) ?? 'nothing'}`);
  };
  return {
    fail,
    object(v, p) {
      is(typeof v === 'object' && v !== null && !Array.isArray(v), p, 'an object', v);
      return v as JsonObject;
    },
    array(v, p) {
      is(Array.isArray(v), p, 'a list', v);
      return v as unknown[];
    },
    string(v, p) {
      is(typeof v === 'string' && v !== '', p, 'a non-empty text', v);
      return v as string;
    },
    boolean(v, p) {
      is(typeof v === 'boolean', p, 'true or false', v);
      return v as boolean;
    },
    number(v, p) {
      is(typeof v === 'number' && Number.isFinite(v), p, 'a number', v);
      return v as number;
    },
    numberOrNull(v, p) {
      is(v === null || (typeof v === 'number' && Number.isFinite(v)), p, 'a number or null', v);
      return v as number | null;
    },
  };
}
