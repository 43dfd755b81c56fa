import { describe, expect, it } from 'vitest';
import { regtest } from '../../../src/stats/bias/index.js';
import type { Predictor } from '../../../src/stats/bias/index.js';
import type { TestType, UniMethod } from '../../../src/stats/models/types.js';
import { biasFixtures, cases, close, closeAll, numbers, scalar } from './bias-fixtures.js';

interface RegtestCase {
  id: string;
  method: UniMethod;
  test: TestType;
  model: 'rma' | 'lm';
  predictor: Predictor;
  [key: string]: unknown;
}

for (const fx of biasFixtures()) {
  const yi = numbers(fx.bias.yi);
  const vi = numbers(fx.bias.vi);
  const ni = fx.bias.ni == null ? undefined : numbers(fx.bias.ni);
  describe(`regtest(yi, vi) on ${fx.dataset} (metafor ${fx.metafor})`, () => {
    for (const c of cases<RegtestCase>(fx, 'regtest')) {
      it(`regtest(yi, vi, {model: '${c.model}', predictor: '${c.predictor}', method: '${c.method}', test: '${c.test}'}) matches ${c.id}`, () => {
        const res = regtest(yi, vi, { model: c.model, predictor: c.predictor, method: c.method, test: c.test, ni });
        close(res.zval, c.zval, `${c.id} zval`);
        close(res.pval, c.pval, `${c.id} pval`);
        expect(res.ddf).toBe(scalar(c.ddf));
        close(res.b_limit, c.est, `${c.id} b_limit`);
        close(res.ci_lb, c.ci_lb, `${c.id} ci_lb`);
        close(res.ci_ub, c.ci_ub, `${c.id} ci_ub`);
        const co = res.fit.coefficients;
        closeAll(co.map((x) => x.estimate), c.coef, `${c.id} coef`);
        closeAll(co.map((x) => x.se), c.se, `${c.id} se`);
        if (res.model === 'rma') close(res.fit.tau2, c.tau2, `${c.id} tau2`);
      });
    }
  });
}

describe('regtest(yi, vi) input checks', () => {
  it("regtest(yi, vi, {predictor: 'ni'}) without ni names the missing argument", () => {
    expect(() => regtest([0.1, 0.2, 0.3], [0.01, 0.02, 0.03], { predictor: 'ni' })).toThrow(/'ni'/);
  });
  it("regtest(yi, vi, {predictor: 'bogus'}) lists the predictors", () => {
    expect(() => regtest([0.1, 0.2, 0.3], [0.01, 0.02, 0.03], { predictor: 'bogus' as Predictor })).toThrow(/sei, vi, ni/);
  });
  it('regtest(yi, vi) with equal variances says the predictor is constant', () => {
    expect(() => regtest([0.1, 0.2, 0.3], [0.02, 0.02, 0.02], { model: 'lm' })).toThrow(/same for every study/);
    expect(() => regtest([0.1, 0.2, 0.3], [0.02, 0.02, 0.02])).toThrow(/same for every study/);
  });
  it("regtest(yi, vi, {predictor: 'ni'}) has no limit estimate", () => {
    const r = regtest([0.1, 0.5, 0.3, 0.2], [0.01, 0.05, 0.03, 0.02], { predictor: 'ni', ni: [100, 20, 40, 60], model: 'lm' });
    expect(Number.isNaN(r.b_limit)).toBe(true);
  });
});
