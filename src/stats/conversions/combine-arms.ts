/**
 * One group from two (Cochrane Handbook for Systematic Reviews of Interventions,
 * version 6, 6.5.2.10, Table 6.5.a), e.g. two dose arms pooled against a shared
 * control:
 *   N = N₁ + N₂,  M = (N₁M₁ + N₂M₂)/N,
 *   SD = √[((N₁−1)SD₁² + (N₂−1)SD₂² + N₁N₂/N·(M₁² + M₂² − 2M₁M₂)) / (N − 1)],
 * which is exactly the mean and SD of the two samples put together; several arms
 * are combined by applying it repeatedly. For binary outcomes events and totals add.
 * Example: (n 10, mean 5, SD 2) with (n 20, mean 8, SD 3): n 30, mean 7, SD 3.0343.
 */
import { InputError } from '../errors.js';

export interface ContinuousArm {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
}

export interface BinaryArm {
  readonly events: number;
  readonly n: number;
}

function checkContinuous(arm: ContinuousArm, row: number): void {
  if (!(Number.isFinite(arm.n) && arm.n >= 1)) {
    throw new InputError(`'n' must be a sample size of at least 1 (arm ${row}: got ${arm.n}).`, { field: 'n', row, value: arm.n });
  }
  if (!Number.isFinite(arm.mean)) {
    throw new InputError(`'mean' must be a finite number (arm ${row}: got ${arm.mean}).`, { field: 'mean', row, value: arm.mean });
  }
  if (!(Number.isFinite(arm.sd) && arm.sd >= 0)) {
    throw new InputError(`'sd' must be a non-negative number (arm ${row}: got ${arm.sd}).`, { field: 'sd', row, value: arm.sd });
  }
}

function pair(a: ContinuousArm, b: ContinuousArm): ContinuousArm {
  const n = a.n + b.n;
  const mean = (a.n * a.mean + b.n * b.mean) / n;
  const between = ((a.n * b.n) / n) * (a.mean - b.mean) ** 2;
  const sd = Math.sqrt(((a.n - 1) * a.sd ** 2 + (b.n - 1) * b.sd ** 2 + between) / (n - 1));
  return { n, mean, sd };
}

/** Several continuous arms as one group (arms are 0-based rows in errors). */
export function combineArms(arms: readonly ContinuousArm[]): ContinuousArm {
  if (arms.length === 0) throw new InputError('Give at least one arm to combine.', { field: 'arms' });
  arms.forEach(checkContinuous);
  return arms.slice(1).reduce(pair, arms[0]);
}

/** Several binary arms as one group: events and totals add. */
export function combineBinaryArms(arms: readonly BinaryArm[]): BinaryArm {
  if (arms.length === 0) throw new InputError('Give at least one arm to combine.', { field: 'arms' });
  arms.forEach((arm, row) => {
    if (!(Number.isFinite(arm.n) && arm.n >= 1)) {
      throw new InputError(`'n' must be a sample size of at least 1 (arm ${row}: got ${arm.n}).`, { field: 'n', row, value: arm.n });
    }
    if (!(Number.isFinite(arm.events) && arm.events >= 0 && arm.events <= arm.n)) {
      throw new InputError(`'events' must be between 0 and n = ${arm.n} (arm ${row}: got ${arm.events}).`, {
        field: 'events',
        row,
        value: arm.events,
      });
    }
  });
  return arms.reduce((acc, arm) => ({ events: acc.events + arm.events, n: acc.n + arm.n }), { events: 0, n: 0 });
}
