/**
 * Agreement with a reference value: relative tolerance, with an absolute floor near
 * zero; NaN (or null in a fixture) on both sides counts as agreement. A failure
 * prints the label, the inputs when given, the expected and actual values and
 * their relative difference.
 */
import { expect } from 'vitest';

export const TOL = { estimate: 1e-6, pval: 1e-6 } as const;

export function relDiff(actual: number, expected: number): number {
  if (Number.isNaN(actual) && Number.isNaN(expected)) return 0;
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

export function expectClose(
  actual: number,
  expected: number | null,
  relTol = 1e-6,
  label = '',
  absTol = 1e-12,
  inputs?: unknown,
): void {
  const exp = expected ?? NaN;
  const context = inputs === undefined ? '' : ` for inputs ${JSON.stringify(inputs)}`;
  if (Number.isNaN(exp) || Number.isNaN(actual)) {
    expect(Number.isNaN(actual), `${label}${context}: expected ${exp}, got ${actual}`).toBe(Number.isNaN(exp));
    return;
  }
  const diff = Math.abs(actual - exp);
  const ok = diff <= absTol || diff <= relTol * Math.abs(exp);
  expect(
    ok,
    `${label}${context}: expected ${exp}, got ${actual} (relative difference ${relDiff(actual, exp).toExponential(2)})`,
  ).toBe(true);
}
