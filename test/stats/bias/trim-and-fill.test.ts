import { describe, expect, it } from 'vitest';
import { trimfill } from '../../../src/stats/bias/index.js';
import type { FunnelSide, K0Estimator } from '../../../src/stats/bias/index.js';
import type { UniMethod } from '../../../src/stats/models/types.js';
import { biasFixtures, cases, close, closeAll, numbers, scalar } from './bias-fixtures.js';

interface TrimfillCase {
  id: string;
  method: UniMethod;
  estimator: K0Estimator;
  side_arg: FunnelSide | null;
  side: FunnelSide;
  [key: string]: unknown;
}

const SCALARS = ['se_k0', 'p_k0', 'b', 'se', 'zval', 'pval', 'ci_lb', 'ci_ub', 'tau2', 'QE', 'QEp', 'I2'] as const;

for (const fx of biasFixtures()) {
  const yi = numbers(fx.bias.yi);
  const vi = numbers(fx.bias.vi);
  describe(`trimfill(yi, vi) on ${fx.dataset} (metafor ${fx.metafor})`, () => {
    for (const c of cases<TrimfillCase>(fx, 'trimfill')) {
      const side = c.side_arg ?? undefined;
      it(`trimfill(yi, vi, {method: '${c.method}', estimator: '${c.estimator}', side: ${side ?? 'auto'}}) matches ${c.id}`, () => {
        const res = trimfill(yi, vi, { method: c.method, estimator: c.estimator, side });
        expect(res.k0).toBe(scalar(c.k0));
        expect(res.side).toBe(c.side);
        expect(res.k).toBe(scalar(c.k));
        for (const key of SCALARS) close(res[key], c[key], `${c.id} ${key}`);
        closeAll(res.filled.map((f) => f.yi), c.k0 === 0 ? [] : c.filled_yi, `${c.id} filled yi`);
        closeAll(res.filled.map((f) => f.vi), c.k0 === 0 ? [] : c.filled_vi, `${c.id} filled vi`);
      });
    }
  });
}

describe('trimfill(yi, vi) options and edge cases', () => {
  const yi = [0.9, 0.7, 0.5, 0.45, 0.3, 0.6, 0.2];
  const vi = [0.2, 0.12, 0.05, 0.04, 0.01, 0.09, 0.02];
  it('trimfill(yi, vi, {ilim}) clamps the imputed outcomes', () => {
    const free = trimfill(yi, vi, { method: 'EE', side: 'left' });
    expect(free.k0).toBeGreaterThan(0);
    const lo = Math.min(...free.filled.map((f) => f.yi)) + 0.01;
    const clamped = trimfill(yi, vi, { method: 'EE', side: 'left', ilim: [lo, 5] });
    expect(Math.min(...clamped.filled.map((f) => f.yi))).toBe(lo);
  });
  it('trimfill(yi, vi) with one study names the problem', () => {
    expect(() => trimfill([0.1], [0.01])).toThrow(/at least 2/);
  });
  it("trimfill(yi, vi, {estimator: 'X'}) lists the estimators", () => {
    expect(() => trimfill(yi, vi, { estimator: 'X' as K0Estimator })).toThrow(/L0, R0 or Q0/);
  });
  it('trimfill(yi, vi) returns a JSON-serialisable summary', () => {
    const res = trimfill(yi, vi, { method: 'DL' });
    const summary = JSON.parse(JSON.stringify({ ...res, fit: undefined })) as { k0: number; filled: unknown[] };
    expect(summary.k0).toBe(res.k0);
    expect(summary.filled).toHaveLength(res.k0);
  });
});
