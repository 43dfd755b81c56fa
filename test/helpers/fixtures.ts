/** Loads the committed metafor fixtures (see test/fixtures/metafor/generate.R). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'metafor');

export interface FixtureFile {
  readonly file: string;
  readonly dataset: string;
  readonly meta: { R: string; metafor: string };
  readonly [section: string]: unknown;
}

export function loadFixtures(): FixtureFile[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as object) }) as FixtureFile);
}

/** jsonlite writes a length-1 vector as a scalar and NA as null; give back a number array with NaN. */
export function numbers(x: unknown): number[] {
  const arr = Array.isArray(x) ? x : [x];
  return arr.map((v) => (v === null || v === undefined ? NaN : Number(v)));
}

/** A scalar fixture value, null meaning NaN. */
export function scalar(x: unknown): number {
  return x === null || x === undefined ? NaN : Number(x);
}
