/** The bias fixtures written by test/fixtures/metafor/generate-bias.R, and a recording comparison. */
import { afterAll } from 'vitest';
import { appendFileSync } from 'node:fs';
import { loadFixtures, numbers, scalar } from '../../helpers/fixtures.js';
import { expectClose, relDiff } from '../../helpers/tolerance.js';

export interface BiasFixture {
  readonly dataset: string;
  readonly metafor: string;
  readonly bias: Record<string, unknown> & { yi: unknown; vi: unknown; ni?: unknown };
}

export function biasFixtures(): BiasFixture[] {
  return loadFixtures()
    .filter((f) => f.file.startsWith('bias.'))
    .map((f) => ({ dataset: f.dataset.replace(/^bias\./, ''), metafor: f.meta.metafor, bias: f.bias as BiasFixture['bias'] }));
}

export function cases<T>(fx: BiasFixture, section: string): T[] {
  return (fx.bias[section] ?? []) as T[];
}

const seen: number[] = [];

/** expectClose at 1e-6 relative that also records the difference (BIAS_STATS=file appends a summary). */
export function close(actual: number, expected: unknown, label: string): void {
  const exp = scalar(expected);
  expectClose(actual, exp, 1e-6, label);
  // values within the absolute floor of zero (e.g. a recovered axis end at 0) have no meaningful relative difference
  if (!Number.isNaN(exp) && Math.abs(exp) > 1e-12) seen.push(relDiff(actual, exp));
}

export function closeAll(actual: readonly number[], expected: unknown, label: string): void {
  const exp = numbers(expected);
  if (actual.length !== exp.length) throw new Error(`${label}: expected ${exp.length} values, got ${actual.length}`);
  actual.forEach((a, i) => close(a, exp[i], `${label}[${i}]`));
}

afterAll(() => {
  const file = process.env.BIAS_STATS;
  if (file !== undefined && seen.length > 0) {
    appendFileSync(file, `${JSON.stringify({ n: seen.length, max: Math.max(...seen) })}\n`);
  }
});

export { numbers, scalar };
