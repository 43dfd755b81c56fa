/**
 * Mean and SD from medians: Wan et al. (2014) for the SD and Luo et al. (2018)
 * for the mean, worked by hand from the papers' formulas and tables (R used as a
 * calculator for the normal quantiles; expressions quoted).
 */
import { describe, expect, it } from 'vitest';
import {
  iqrDivisor, luoMean, meanSdFromMedian, medianScenario, rangeDivisor, wanSd,
} from '../../../src/stats/conversions/index.js';
import { InputError } from '../../../src/stats/errors.js';
import { expectClose } from '../../helpers/tolerance.js';

describe('Wan et al. (2014) SD', () => {
  it('wanSd(S1) divides the range by ξ(n) from Table 1 for n ≤ 50', () => {
    expectClose(rangeDivisor(30), 4.086, 1e-12, 'ξ(30)');
    expectClose(wanSd({ min: 2, median: 15, max: 40, n: 30 }), 38 / 4.086, 1e-12, 'SD');
  });

  it('wanSd(S1) uses 2Φ⁻¹((n − 0.375)/(n + 0.25)) beyond n = 50', () => {
    // 2 * qnorm((100 - 0.375) / (100 + 0.25)) = 4.99718112192
    expectClose(rangeDivisor(100), 4.99718112192, 1e-10, 'ξ(100)');
    expectClose(wanSd({ min: 2, median: 15, max: 40, n: 100 }), 7.60428711164, 1e-10, 'SD');
  });

  it('wanSd(S3) divides the IQR by η(n) from Table 2 at Q = ⌈(n − 1)/4⌉, and by Blom beyond n = 201', () => {
    expectClose(iqrDivisor(5), 0.99, 1e-12, 'η(5), Q = 1');
    expectClose(iqrDivisor(12), 1.206, 1e-12, 'η(12), Q = 3');
    expectClose(wanSd({ q1: 10, median: 15, q3: 22, n: 100 }), 12 / 1.33, 1e-12, 'SD, Q = 25');
    // 2 * qnorm((0.75 * 301 - 0.125) / (301 + 0.25)) = 1.34245790008
    expectClose(wanSd({ q1: 10, median: 15, q3: 22, n: 301 }), 8.93882780184, 1e-10, 'SD, n = 301');
  });

  it('wanSd(S3) tends to IQR/1.349, the normal IQR in SDs, as n grows', () => {
    expectClose(wanSd({ q1: 0, median: 1, q3: 2 * 0.6744897501960817, n: 1e7 }), 1, 1e-5, 'large n');
  });

  it('wanSd(S2) averages the range and IQR estimates', () => {
    const s = { min: 2, q1: 10, median: 15, q3: 22, max: 40, n: 100 };
    expectClose(wanSd(s), (38 / 4.99718112192 + 12 / 1.33) / 2, 1e-10, 'SD');
  });
});

describe('Luo et al. (2018) mean', () => {
  it('luoMean(S1) weights the mid-range by 4/(4 + n^0.75)', () => {
    // w = 4 / (4 + 30^0.75) = 0.237831780056
    expectClose(luoMean({ min: 2, median: 15, max: 40, n: 30 }), 16.4269906803, 1e-10, 'mean');
  });

  it('luoMean(S3) weights the mid-quartiles by 0.7 + 0.39/n', () => {
    expectClose(luoMean({ q1: 10, median: 15, q3: 22, n: 100 }), 0.7039 * 16 + 0.2961 * 15, 1e-12, 'mean');
  });

  it('luoMean(S2) combines mid-range, mid-quartiles and median', () => {
    const n = 100;
    const w1 = 2.2 / (2.2 + n ** 0.75);
    const w2 = 0.7 - 0.72 / n ** 0.55;
    expectClose(luoMean({ min: 2, q1: 10, median: 15, q3: 22, max: 40, n }), w1 * 21 + w2 * 16 + (1 - w1 - w2) * 15, 1e-12, 'mean');
    expectClose(luoMean({ min: 2, q1: 10, median: 15, q3: 22, max: 40, n }), 16.033078, 1e-7, 'mean (R)');
  });

  it('luoMean gives back the median of a symmetric summary', () => {
    expectClose(luoMean({ min: -3, q1: -1, median: 0.5, q3: 2, max: 4, n: 40 }), 0.5, 1e-12, 'symmetric');
  });
});

describe('median summaries', () => {
  it('meanSdFromMedian(s) reports the scenario it used', () => {
    const r = meanSdFromMedian({ min: 2, q1: 10, median: 15, q3: 22, max: 40, n: 100 });
    expect(r.scenario).toBe('S2');
    expectClose(r.mean, 16.033078, 1e-7, 'mean');
    expectClose(r.sd, 8.3134218, 1e-7, 'sd');
    expect(medianScenario({ min: 1, median: 2, max: 3, n: 10 })).toBe('S1');
    expect(medianScenario({ q1: 1, median: 2, q3: 3, n: 10 })).toBe('S3');
  });

  it('medianScenario(s) names the missing partner of a half-given range or IQR', () => {
    expect(() => medianScenario({ min: 1, median: 2, n: 10 })).toThrow(/'max' is needed with 'min'/);
    expect(() => medianScenario({ q3: 3, median: 2, n: 10 })).toThrow(InputError);
    expect(() => medianScenario({ median: 2, n: 10 })).toThrow(InputError);
  });

  it('medianScenario(s) rejects values out of order and unusable sample sizes', () => {
    try {
      medianScenario({ q1: 5, median: 4, q3: 8, n: 10 });
      throw new Error('no error');
    } catch (err) {
      expect((err as InputError).field).toBe('median');
    }
    expect(() => medianScenario({ q1: 1, median: 2, q3: 3, n: 1 })).toThrow(/'n' must be a whole number of at least 2/);
    expect(() => medianScenario({ q1: 1, median: 2, q3: 3, n: 10.5 })).toThrow(InputError);
  });
});
