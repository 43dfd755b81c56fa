/**
 * An arm's reported value on entry, with messages naming the field: sample sizes are
 * whole numbers ≥ 1 (≥ 2 where a conversion needs n − 1), events lie within 0…n, SD and
 * SE are positive, a CI runs low to high around its mean, and a median's summary is
 * ordered min ≤ q1 ≤ median ≤ q3 ≤ max with its quartiles or range complete (the
 * scenarios of Wan et al. 2014, which meanSdFromMedian converts). The same rules as the
 * embedded data's reader (src/review/evidence/arms.ts).
 */
import { ARM_GROUPS, ExtractionError, REPORTED_TYPES, type ArmEntry, type OutcomeType, type ReportedValue } from './types.js';

const fail = (field: string, message: string): never => {
  throw new ExtractionError(message, field);
};

function finite(v: Record<string, unknown>, field: string): number {
  const x = v[field];
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(field, `'${field}' should be a number, not ${JSON.stringify(x)}.`);
  return x as number;
}

function optional(v: Record<string, unknown>, field: string): number | undefined {
  return v[field] === undefined || v[field] === null ? undefined : finite(v, field);
}

function sampleSize(v: Record<string, unknown>, min: number, why = ''): number {
  const n = finite(v, 'n');
  if (!Number.isInteger(n) || n < min) fail('n', `'n' should be a whole number ≥ ${min}${why}, not ${n}.`);
  return n;
}

function checkMedian(v: Record<string, unknown>): void {
  sampleSize(v, 2, ' for a median summary');
  const order: [string, number | undefined][] = [['min', optional(v, 'min')], ['q1', optional(v, 'q1')], ['median', finite(v, 'median')], ['q3', optional(v, 'q3')], ['max', optional(v, 'max')]];
  const get = (k: string) => order.find((e) => e[0] === k)![1];
  for (const [a, b] of [['q1', 'q3'], ['min', 'max']]) {
    if ((get(a) === undefined) !== (get(b) === undefined)) fail(get(a) === undefined ? a : b, `'${get(a) === undefined ? a : b}' is needed with '${get(a) === undefined ? b : a}'.`);
  }
  if (get('q1') === undefined && get('min') === undefined) fail('q1', `A median needs its quartiles ('q1', 'q3'), its range ('min', 'max') or both.`);
  const given = order.filter((e): e is [string, number] => e[1] !== undefined);
  for (let i = 1; i < given.length; i++) {
    const [lo, x] = given[i - 1];
    const [hi, y] = given[i];
    if (y < x) fail(hi, `'${hi}' = ${y} is below '${lo}' = ${x}: expected min ≤ q1 ≤ median ≤ q3 ≤ max.`);
  }
}

export function checkReported(v: ReportedValue, outcomeType: OutcomeType): void {
  if (typeof v !== 'object' || v === null) fail('value', `An arm's 'value' should be an object, not ${JSON.stringify(v)}.`);
  if (!REPORTED_TYPES.includes(v.type)) fail('type', `Unknown value 'type' ${JSON.stringify(v.type)}: expected one of ${REPORTED_TYPES.join(', ')}.`);
  if ((outcomeType === 'binary') !== (v.type === 'events')) {
    fail('type', `A ${outcomeType} outcome takes ${outcomeType === 'binary' ? "'events'" : `${REPORTED_TYPES.slice(1).join(', ')}`}, not '${v.type}'.`);
  }
  const r = v as unknown as Record<string, unknown>;
  switch (v.type) {
    case 'events': {
      const n = sampleSize(r, 1);
      const e = finite(r, 'events');
      if (!Number.isInteger(e) || e < 0) fail('events', `'events' should be a whole number ≥ 0, not ${e}.`);
      if (e > n) fail('events', `'events' = ${e} is more than the arm's total 'n' = ${n}.`);
      return;
    }
    case 'mean_sd':
      sampleSize(r, 1);
      finite(r, 'mean');
      if (finite(r, 'sd') <= 0) fail('sd', `'sd' should be > 0, not ${v.sd}.`);
      return;
    case 'mean_se':
      sampleSize(r, 1);
      finite(r, 'mean');
      if (finite(r, 'se') <= 0) fail('se', `'se' should be > 0, not ${v.se}.`);
      return;
    case 'mean_ci': {
      sampleSize(r, 2, ' for an SD from a CI');
      const [m, lb, ub] = [finite(r, 'mean'), finite(r, 'ci_lb'), finite(r, 'ci_ub')];
      if (!(lb < ub)) fail('ci_lb', `'ci_lb' = ${lb} should be below 'ci_ub' = ${ub}.`);
      if (m < lb || m > ub) fail('mean', `'mean' = ${m} is outside its CI ${lb} to ${ub}.`);
      const level = optional(r, 'level');
      if (level !== undefined && !(level > 0 && level < 100)) fail('level', `'level' should be a confidence level in percent (e.g. 95), not ${level}.`);
      return;
    }
    case 'median':
      checkMedian(r);
      return;
  }
}

export function checkArm(entry: ArmEntry, outcomeType: OutcomeType): void {
  if (typeof entry !== 'object' || entry === null) fail('entry', `An arm entry should be {group, value}, not ${JSON.stringify(entry)}.`);
  if (!ARM_GROUPS.includes(entry.group)) fail('group', `Unknown arm 'group' ${JSON.stringify(entry.group)}: expected one of ${ARM_GROUPS.join(', ')}.`);
  checkReported(entry.value, outcomeType);
}
