import { describe, expect, it } from 'vitest';
import { funnelData } from '../../../src/stats/bias/index.js';
import type { FunnelOptions } from '../../../src/stats/bias/index.js';
import { normalQuant } from '../../../src/stats/distributions/index.js';
import { biasFixtures, cases, closeAll, numbers, scalar } from './bias-fixtures.js';

interface FunnelCase {
  id: string;
  options: { addtau2?: boolean; level?: number | number[]; refline?: number };
  b: unknown;
  tau2: unknown;
  xlim: unknown;
  ylim: unknown;
  x: unknown;
  y: unknown;
}

for (const fx of biasFixtures()) {
  const yi = numbers(fx.bias.yi);
  const vi = numbers(fx.bias.vi);
  describe(`funnelData(model) on ${fx.dataset} (metafor ${fx.metafor} funnel)`, () => {
    for (const c of cases<FunnelCase>(fx, 'funnel')) {
      it(`funnelData(model, ${JSON.stringify(c.options)}) matches the window and points of ${c.id}`, () => {
        const model = { yi, vi, b: scalar(c.b), tau2: scalar(c.tau2), level: 95 };
        const opts: FunnelOptions = { ...c.options, ciRes: 1000 };
        const res = funnelData(model, opts);
        closeAll([...res.xlim], c.xlim, `${c.id} xlim`);
        closeAll([...res.ylim], c.ylim, `${c.id} ylim`);
        closeAll(res.points.map((p) => p.yi), c.x, `${c.id} x`);
        closeAll(res.points.map((p) => p.sei), c.y, `${c.id} y`);
        // the region bounds follow metafor's formula on its grid
        const widest = res.regions[0];
        const last = widest.bounds[widest.bounds.length - 1];
        expect(last.sei).toBe(0);
        expect(widest.bounds[0].sei).toBeCloseTo(1.1 * Math.max(...res.points.map((p) => p.sei)), 14);
        const z = normalQuant(1 - (1 - widest.level / 100) / 2);
        expect(widest.bounds[0].ci_ub - widest.centre).toBeCloseTo(z * Math.sqrt(widest.bounds[0].sei ** 2 + res.tau2), 12);
      });
    }
  });
}

describe('funnelData(model) options', () => {
  const model = { yi: [0.1, 0.5, -0.2], vi: [0.04, 0.09, 0.01], b: 0.1, tau2: 0.02, level: 95 };
  it('funnelData(model, {contours}) adds regions around 0, widest first, and widens xlim', () => {
    const plain = funnelData(model);
    const res = funnelData(model, { contours: [95, 90, 99] });
    expect(res.contours.map((r) => r.level)).toEqual([99, 95, 90]);
    expect(res.contours.every((r) => r.centre === 0)).toBe(true);
    expect(res.xlim[0]).toBeLessThanOrEqual(plain.xlim[0]);
  });
  it('funnelData(model) has a default grid of 100 points and no contours', () => {
    const res = funnelData(model);
    expect(res.regions[0].bounds).toHaveLength(100);
    expect(res.contours).toHaveLength(0);
  });
  it('funnelData(model, {ciRes: 1}) rejects the grid size', () => {
    expect(() => funnelData(model, { ciRes: 1 })).toThrow(/ciRes/);
  });
});
