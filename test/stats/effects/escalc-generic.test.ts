/** escalc('GEN', …): ready-made outcomes with a variance, a standard error or a confidence interval. */
import { describe, expect, it } from 'vitest';
import { escalc } from '../../../src/stats/effects/index.js';
import { expectClose } from '../../helpers/tolerance.js';

const z975 = 1.959963984540054;

describe("escalc('GEN', …)", () => {
  it("escalc('GEN', {yi, sei}) squares the standard errors", () => {
    const res = escalc('GEN', { yi: [0.1, 0.2], sei: [0.3, 0.4] });
    expect(res.yi).toEqual([0.1, 0.2]);
    expectClose(res.vi[1], 0.16, 1e-12, 'vi[1]');
  });

  it("escalc('GEN', {yi, ci_lb, ci_ub}) takes the variance from a 95% Wald interval", () => {
    const res = escalc('GEN', { yi: [0.5], ci_lb: [0.1], ci_ub: [0.9] });
    expectClose(res.vi[0], (0.8 / (2 * z975)) ** 2, 1e-12, 'vi');
  });

  it("escalc('GEN', …, {level: 90}) uses the 95th normal percentile", () => {
    const res = escalc('GEN', { yi: [0.5], ci_lb: [0.1], ci_ub: [0.9] }, { level: 90 });
    expectClose(res.vi[0], (0.8 / (2 * 1.6448536269514722)) ** 2, 1e-12, 'vi');
  });

  it("escalc('GEN', …, {ciScale: 'log'}) logs a ratio and its interval", () => {
    const res = escalc('GEN', { yi: [1.5], ci_lb: [1.1], ci_ub: [2.05] }, { ciScale: 'log' });
    expectClose(res.yi[0], Math.log(1.5), 1e-12, 'yi');
    expectClose(res.vi[0], 0.02522109032, 1e-9, 'vi');
    expect(res.warnings).toEqual([]);
  });

  it("escalc('GEN', …) prefers vi, then sei, then the interval, row by row", () => {
    const res = escalc('GEN', {
      yi: [1, 2, 3],
      vi: [0.5, NaN, NaN],
      sei: [9, 0.2, NaN],
      ci_lb: [0, 0, 2],
      ci_ub: [2, 4, 4],
    });
    expectClose(res.vi[0], 0.5, 1e-12, 'vi[0]');
    expectClose(res.vi[1], 0.04, 1e-12, 'vi[1]');
    expectClose(res.vi[2], (2 / (2 * z975)) ** 2, 1e-12, 'vi[2]');
  });

  it("escalc('GEN', …) warns when a ratio's interval looks like it needs ciScale: 'log'", () => {
    const res = escalc('GEN', { yi: [2], ci_lb: [1], ci_ub: [4] });
    expect(res.warnings).toHaveLength(1);
    expect(res.warnings[0]).toMatch(/ciScale: 'log'/);
  });

  it("escalc('GEN', …) recodes an infinite yi to NaN with a warning, as metafor does", () => {
    const res = escalc('GEN', { yi: [Infinity, 1], vi: [1, 1] });
    expect(res.yi[0]).toBeNaN();
    expect(res.vi[0]).toBeNaN();
    expect(res.warnings[0]).toMatch(/\+-Inf/);
  });
});
