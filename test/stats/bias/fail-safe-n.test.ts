import { describe, expect, it } from 'vitest';
import { fsn } from '../../../src/stats/bias/index.js';
import type { FsnOptions, FsnType } from '../../../src/stats/bias/index.js';
import { biasFixtures, cases, close, numbers, scalar } from './bias-fixtures.js';

interface FsnCase {
  id: string;
  type: FsnType;
  options: Omit<FsnOptions, 'type'>;
  [key: string]: unknown;
}

for (const fx of biasFixtures()) {
  const yi = numbers(fx.bias.yi);
  const vi = numbers(fx.bias.vi);
  describe(`fsn(yi, vi) on ${fx.dataset} (metafor ${fx.metafor})`, () => {
    for (const c of cases<FsnCase>(fx, 'fsn')) {
      it(`fsn(yi, vi, ${JSON.stringify({ type: c.type, ...c.options })}) matches ${c.id}`, () => {
        const res = fsn(yi, vi, { type: c.type, ...c.options });
        expect(res.type).toBe(c.type);
        expect(res.fsnum).toBe(scalar(c.fsnum));
        for (const key of ['alpha', 'pval', 'meanes', 'target'] as const) close(res[key], c[key], `${c.id} ${key}`);
      });
    }
  });
}

describe('fsn(yi, vi) options and edge cases', () => {
  it("fsn(yi, undefined, {type: 'Orwin'}) needs no variances", () => {
    expect(fsn([0.2, 0.4, 0.6], undefined, { type: 'Orwin' }).fsnum).toBe(3);
  });
  it("fsn(yi, vi, {type: 'Orwin', target: 0}) is infinite", () => {
    expect(fsn([0.2, 0.4], [0.1, 0.1], { type: 'Orwin', target: 0 }).fsnum).toBe(Infinity);
  });
  it("fsn(yi, undefined, {type: 'Rosenthal'}) names the missing variances", () => {
    expect(() => fsn([0.2, 0.4], undefined)).toThrow(/'vi'/);
  });
  it('fsn(yi, vi, {alpha: 1.5}) rejects the level', () => {
    expect(() => fsn([0.2, 0.4], [0.1, 0.1], { alpha: 1.5 })).toThrow(/alpha/);
  });
  it('fsn(yi, vi) of non-significant data is 0', () => {
    expect(fsn([0.01, -0.02, 0.015], [0.1, 0.1, 0.1]).fsnum).toBe(0);
  });
});
