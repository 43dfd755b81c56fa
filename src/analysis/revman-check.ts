/**
 * Sets each recomputed value beside the one RevMan 5 stored in the .rm5 file:
 * the outcome, each subgroup, each study row and the test for subgroup
 * differences. Estimates, CIs, Chi², I², τ², Z, weights and totals are compared
 * relatively (agreement within 1e-7), P values absolutely (within 1e-6: RevMan's
 * own P routine is approximate, README of shared/data/revman). A row or outcome
 * RevMan marks ESTIMABLE="NO" is compared on that flag, its totals and df only.
 */
import type { Attributes, Rm5Outcome } from '../io/rm5/types.js';
import type { RevManCheck, RevManOutcomeJson, Values } from './revman-result.js';

export const REL_TOL = 1e-7;
export const P_TOL = 1e-6;

const POOLED = ['EFFECT_SIZE', 'CI_START', 'CI_END', 'CHI2', 'DF', 'P_CHI2', 'I2', 'TAU2', 'Z', 'P_Z', 'WEIGHT'];
const COUNTS = ['EVENTS_1', 'TOTAL_1', 'EVENTS_2', 'TOTAL_2', 'STUDIES'];
const STUDY = ['EFFECT_SIZE', 'SE', 'CI_START', 'CI_END', 'WEIGHT'];
const IS_P = new Set(['P_CHI2', 'P_Z', 'P']);

function storedNumber(a: Attributes, key: string): number | undefined {
  const v = a[key];
  return v === undefined || v.trim() === '' ? undefined : Number(v);
}

/** Outcome-level stored values under the names of `result`. */
export function storedValues(a: Attributes): Values {
  const out: Values = {};
  for (const k of [...POOLED, ...COUNTS]) {
    const x = storedNumber(a, k);
    if (x !== undefined) out[k] = x;
  }
  return out;
}

export function hasStoredResults(outcome: Rm5Outcome): boolean {
  return storedNumber(outcome.attributes, 'EFFECT_SIZE') !== undefined;
}

class Tally {
  rel = 0;
  absP = 0;
  n = 0;
  readonly mismatches: string[] = [];

  compare(where: string, key: string, actual: number, expected: number | undefined, isP = IS_P.has(key)): void {
    if (expected === undefined) return;
    this.n++;
    if (Number.isNaN(actual) && Number.isNaN(expected)) return;
    const diff = Math.abs(actual - expected);
    if (isP) {
      const d = Number.isNaN(diff) ? Infinity : diff;
      this.absP = Math.max(this.absP, d);
      if (d > P_TOL) this.mismatches.push(`${where} ${key}: stored ${expected}, recomputed ${actual}`);
      return;
    }
    const rel = Number.isNaN(diff) ? Infinity : expected === 0 ? diff : diff / Math.abs(expected);
    this.rel = Math.max(this.rel, rel);
    if (rel > REL_TOL) this.mismatches.push(`${where} ${key}: stored ${expected}, recomputed ${actual} (relative difference ${rel.toExponential(2)})`);
  }

  flag(where: string, actual: boolean, storedFlag: string | undefined): boolean {
    if (storedFlag === undefined) return true;
    this.n++;
    const expected = storedFlag.toUpperCase() !== 'NO';
    if (actual !== expected) {
      this.mismatches.push(`${where}: RevMan says ${expected ? 'estimable' : 'not estimable'}, recomputed ${actual ? 'estimable' : 'not estimable'}`);
      this.rel = Infinity;
    }
    return expected;
  }

  pooled(where: string, result: Values, estimable: boolean, a: Attributes): void {
    const ok = this.flag(where, estimable, a.ESTIMABLE);
    for (const k of ok ? [...POOLED, ...COUNTS] : [...COUNTS, 'DF']) this.compare(where, k, result[k], storedNumber(a, k));
  }
}

export function checkOutcome(json: RevManOutcomeJson, outcome: Rm5Outcome): RevManCheck {
  const t = new Tally();
  t.pooled(outcome.id, json.result, json.estimable, outcome.attributes);
  json.subgroups.forEach((g, j) => t.pooled(g.id, g.result, g.estimable, outcome.subgroups[j].attributes));
  const rows = outcome.subgroups.length > 0 ? outcome.subgroups.flatMap((g) => g.rows) : outcome.rows;
  json.studies.forEach((s, i) => {
    const where = `${outcome.id} row ${i + 1} (${s.study})`;
    if (!t.flag(where, s.estimable, rows[i].attributes.ESTIMABLE)) return;
    // generic inverse-variance rows hold the entered estimate and SE: nothing to check there
    const keys = outcome.type === 'IV' ? ['CI_START', 'CI_END', 'WEIGHT'] : STUDY;
    for (const k of keys) t.compare(where, k, s[k as keyof typeof s] as number, storedNumber(rows[i].attributes, k));
  });
  if (json.subgroup_test !== null) {
    const a = outcome.attributes;
    t.compare(`${outcome.id} subgroup test`, 'Q', json.subgroup_test.Q, storedNumber(a, 'Q'));
    t.compare(`${outcome.id} subgroup test`, 'P', json.subgroup_test.P, storedNumber(a, 'P_Q'));
    t.compare(`${outcome.id} subgroup test`, 'I2', json.subgroup_test.I2, storedNumber(a, 'I2_Q'));
  }
  return { stored: storedValues(outcome.attributes), max_rel_diff: t.rel, max_abs_p_diff: t.absP, compared: t.n, mismatches: t.mismatches };
}
