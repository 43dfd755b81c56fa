/**
 * Every computed outcome of the real RevMan files in ../shared/data/revman
 * (see its README): recomputed and set beside the values RevMan stored —
 * estimates, CIs, Chi², I², Tau², Z, weights and totals within 1e-7 relative,
 * P within 1e-6 absolute, not-estimable outcomes and rows marked so.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recomputeReview } from '../../src/analysis/revman-review.js';
import { readRm5 } from '../../src/io/rm5/parse-rm5.js';

const dir = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'revman');

describe('recomputeReview on RevMan files', () => {
  it('recomputeReview(Fleiss1993.rm5, {check}) reproduces the stored M-H odds ratio and leaves the uncalculated SMD unchecked', () => {
    const r = recomputeReview(readRm5(join(dir, 'Fleiss1993.rm5')), { check: true });
    expect(r.outcomes.map((o) => o.id)).toEqual(['CMP-001.01', 'CMP-001.02']);
    const [or, smd] = r.outcomes;
    expect(or.check?.mismatches).toEqual([]);
    expect(or.check?.compared).toBe(59);
    expect(or.result.EFFECT_SIZE).toBeCloseTo(0.8968655609130709, 14);
    expect(smd.check).toBeUndefined();
    expect(smd.result.EFFECT_SIZE).toBeCloseTo(-0.343415790514985, 12);
  });

  it('recomputeReview(Benzodiazepines…rm5, {check}) agrees with all 26 outcomes RevMan stored', () => {
    const r = recomputeReview(readRm5(join(dir, 'Benzodiazepines_versus_pregabalin_for_GAD.rm5')), { check: true });
    expect(r.outcomes).toHaveLength(26);
    expect(r.skipped).toEqual([]);
    const checks = r.outcomes.map((o) => o.check!);
    expect(checks.flatMap((c) => c.mismatches)).toEqual([]);
    expect(Math.max(...checks.map((c) => c.max_rel_diff))).toBeLessThan(1e-7);
    expect(Math.max(...checks.map((c) => c.max_abs_p_diff))).toBeLessThan(1e-6);
    expect(checks.reduce((s, c) => s + c.compared, 0)).toBe(795);
    const notEstimable = r.outcomes.filter((o) => !o.estimable).map((o) => o.id);
    expect(notEstimable).toEqual(['CMP-001.04', 'CMP-001.05', 'CMP-001.08', 'CMP-001.09', 'CMP-001.10', 'CMP-001.11', 'CMP-001.13', 'CMP-001.15', 'CMP-001.19', 'CMP-001.22', 'CMP-001.23']);
  });

  it('recomputeReview(review) counts a multi-arm trial twice in df but once in STUDIES', () => {
    const r = recomputeReview(readRm5(join(dir, 'Benzodiazepines_versus_pregabalin_for_GAD.rm5')));
    const o = r.outcomes.find((x) => x.id === 'CMP-001.01')!;
    expect(o.result.DF).toBe(5);
    expect(o.result.STUDIES).toBe(3);
    expect(o.result.TOTAL_1).toBe(218);
  });
});
