import { describe, expect, it } from 'vitest';
import { rma } from '../../../src/stats/models/rma.js';
import type { TestType, UniMethod } from '../../../src/stats/models/types.js';
import { loadFixtures, numbers, scalar } from '../../helpers/fixtures.js';
import { expectClose } from '../../helpers/tolerance.js';

interface RmaCase {
  id: string;
  method: UniMethod;
  test: TestType;
  level: number;
  yi?: unknown;
  vi?: unknown;
  gen_weights?: unknown;
  error?: string;
  result?: Record<string, unknown>;
}

const SCALARS = ['b', 'se', 'zval', 'pval', 'ci_lb', 'ci_ub', 'tau2', 'se_tau2', 'I2', 'H2', 'QE', 'QEp', 'pi_lb', 'pi_ub'];
const INTERVALS = ['tau2_ci', 'I2_ci', 'H2_ci'];

for (const fx of loadFixtures()) {
  const cases = (fx.rma ?? []) as RmaCase[];
  if (cases.length === 0) continue;
  describe(`rma(yi, vi) on ${fx.dataset} (metafor ${fx.meta.metafor})`, () => {
    for (const c of cases) {
      if (c.error !== undefined) {
        it(`rma(yi, vi, {method: '${c.method}'}) refuses the data metafor refuses (${c.id})`, () => {
          expect(() => rma(numbers(c.yi), numbers(c.vi), { method: c.method, test: c.test, level: c.level })).toThrow();
        });
        continue;
      }
      it(`rma(yi, vi, {method: '${c.method}', test: '${c.test}', level: ${c.level}}) matches ${c.id}`, () => {
        const weights = c.gen_weights == null ? undefined : numbers(c.gen_weights);
        const res = rma(numbers(c.yi), numbers(c.vi), { method: c.method, test: c.test, level: c.level, weights });
        const exp = c.result as Record<string, unknown>;
        expect(res.k).toBe(scalar(exp.k));
        for (const key of SCALARS) {
          expectClose((res as unknown as Record<string, number>)[key], scalar(exp[key]), 1e-6, `${c.id} ${key}`);
        }
        expect(res.test).toBe(exp.test);
        expect(res.ddf).toBe(scalar(exp.ddf));
        const ew = numbers(exp.weights);
        res.weights.forEach((w, i) => expectClose(w, ew[i], 1e-6, `${c.id} weights[${i}]`));
        // metafor stops its Q-profile search at max(100, 10 τ̂²) and reports that limit as the
        // bound; metasift widens the search until it finds the root, so there the bound is larger.
        const searchLimit = Math.max(100, 10 * scalar(exp.tau2));
        const censored = exp.tau2_ci !== undefined && numbers(exp.tau2_ci)[1] === searchLimit;
        for (const key of INTERVALS) {
          const got = (res as unknown as Record<string, readonly number[]>)[key];
          const want = exp[key] === undefined ? [NaN, NaN] : numbers(exp[key]);
          expectClose(got[0], want[0], 1e-6, `${c.id} ${key}[lb]`);
          if (censored) expect(got[1]).toBeGreaterThan(want[1]);
          else expectClose(got[1], want[1], 1e-6, `${c.id} ${key}[ub]`);
        }
      });
    }
  });
}
