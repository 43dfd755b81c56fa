/**
 * The metafor fixtures for the sensitivity analyses (written by
 * test/fixtures/metafor/generate-sensitivity.R): sensitivity.<dataset>.json.
 */
import { expect } from 'vitest';
import type { TestType, UniMethod } from '../../../src/stats/models/types.js';
import { loadFixtures, numbers, type FixtureFile } from '../../helpers/fixtures.js';
import { expectClose, relDiff } from '../../helpers/tolerance.js';

export interface SensitivityCase {
  readonly id: string;
  readonly method: UniMethod;
  readonly test: TestType;
  readonly mods?: unknown;
  readonly order?: unknown;
  readonly result: Record<string, unknown>;
}

export interface SensitivityFixture {
  readonly file: string;
  readonly dataset: string;
  readonly metafor: string;
  readonly data: Record<string, number[]>;
  readonly cases: (section: string) => SensitivityCase[];
}

export function loadSensitivityFixtures(): SensitivityFixture[] {
  return loadFixtures()
    .filter((f: FixtureFile) => f.file.startsWith('sensitivity.'))
    .map((f) => {
      const raw = f.data as Record<string, unknown>;
      const data = Object.fromEntries(Object.entries(raw).map(([key, v]) => [key, numbers(v)]));
      return {
        file: f.file,
        dataset: f.dataset,
        metafor: f.meta.metafor,
        data,
        cases: (section: string) => (f[section] ?? []) as SensitivityCase[],
      };
    });
}

/** The case's moderators as columns with an intercept (undefined for none) and their names. */
export function designOf(fx: SensitivityFixture, c: SensitivityCase): { X?: number[][]; names?: string[] } {
  const mods = c.mods === undefined || c.mods === null ? [] : (Array.isArray(c.mods) ? c.mods : [c.mods]).map(String);
  if (mods.length === 0) return {};
  const k = fx.data.yi.length;
  return { X: [new Array<number>(k).fill(1), ...mods.map((m) => fx.data[m])], names: ['intrcpt', ...mods] };
}

/**
 * Absolute tolerances for quantities that are 0 at the boundary τ² = 0. There
 * Fisher scoring creeps towards 0 and stops once a step is below the control threshold
 * (1e-10), so metafor and metasift may stop at, e.g., τ² = 1e-11 and 5e-13: both
 * are 0 to the accuracy the stopping rule gives. I² = 100 τ²/(τ² + s²) and H² inherit
 * that absolute accuracy scaled by 1/s² (s² ≥ 1e-4 in these data sets).
 */
const BOUNDARY_ABS: Record<string, number> = { tau2: 1e-10, tau2_del: 1e-10, I2: 1e-4, H2: 1e-6 };

const stats = { compared: 0, maxRel: 0, where: '', boundary: 0 };

/** expectClose at 1e-6 relative, with the boundary tolerances above; tallies the comparisons. */
export function compare(actual: number, expected: number, key: string, label: string): void {
  const abs = BOUNDARY_ABS[key] ?? 1e-12;
  expectClose(actual, expected, 1e-6, label, abs);
  stats.compared++;
  const rel = relDiff(actual, expected);
  if (rel > 1e-6 && Math.abs(actual - expected) <= abs) stats.boundary++;
  if (Math.abs(actual - expected) > abs && rel > stats.maxRel) {
    stats.maxRel = rel;
    stats.where = label;
  }
}

/** Printed by the test files when SENSITIVITY_REPORT is set. */
export function comparisonStats(): Readonly<typeof stats> {
  return stats;
}

// metafor's leave1out/cumul column → metasift's PooledRow key (cumul prints "pvals", leave1out "pval")
const POOLED_ROW_KEYS: Record<string, string> = {
  estimate: 'b', se: 'se', zval: 'zval', tval: 'zval', pval: 'pval', pvals: 'pval', ci_lb: 'ci_lb', ci_ub: 'ci_ub',
  Q: 'QE', Qp: 'QEp', tau2: 'tau2', I2: 'I2', H2: 'H2',
};

/** Compares every column metafor printed for leave1out/cumul with the rows metasift returned. */
export function comparePooledRows(rows: readonly object[], result: Readonly<Record<string, unknown>>, id: string): void {
  for (const [col, values] of Object.entries(result)) {
    const key = POOLED_ROW_KEYS[col];
    expect(key, `unmapped column ${col}`).toBeDefined();
    const want = numbers(values);
    expect(rows.length).toBe(want.length);
    rows.forEach((r, i) => compare((r as Record<string, number>)[key], want[i], key, `${id} ${col}[${i}]`));
  }
}
