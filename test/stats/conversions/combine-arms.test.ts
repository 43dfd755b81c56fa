/**
 * Combining arms (Cochrane Handbook 6.5.2.10, Table 6.5.a): the formula gives
 * exactly the mean and SD of the pooled raw data, which is what these tests check.
 */
import { describe, expect, it } from 'vitest';
import { combineArms, combineBinaryArms, type ContinuousArm } from '../../../src/stats/conversions/index.js';
import { InputError } from '../../../src/stats/errors.js';
import { expectClose } from '../../helpers/tolerance.js';

function summary(x: readonly number[]): ContinuousArm {
  const n = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  return { n, mean, sd };
}

const low = [1, 4, 6, 8, 13];
const mid = [2, 3, 9, 10, 10, 11, 20];
const high = [5, 5, 7];

describe('combining arms', () => {
  it('combineArms([a, b]) gives the mean and SD of the two samples put together', () => {
    const got = combineArms([summary(low), summary(mid)]);
    const want = summary([...low, ...mid]);
    expect(got.n).toBe(12);
    expectClose(got.mean, want.mean, 1e-12, 'mean');
    expectClose(got.sd, want.sd, 1e-12, 'sd');
  });

  it('combineArms(doses) folds several dose arms into one (e.g. three MSC doses against one control)', () => {
    const got = combineArms([summary(low), summary(mid), summary(high)]);
    // R: a <- c(1,4,6,8,13, 2,3,9,10,10,11,20, 5,5,7); c(mean(a), sd(a)) = 7.6, 4.88145177468
    expect(got.n).toBe(15);
    expectClose(got.mean, 7.6, 1e-12, 'mean');
    expectClose(got.sd, 4.88145177468, 1e-10, 'sd');
  });

  it('combineArms([a]) returns the arm itself, and a one-participant arm is allowed', () => {
    expect(combineArms([{ n: 10, mean: 5, sd: 2 }])).toEqual({ n: 10, mean: 5, sd: 2 });
    const got = combineArms([{ n: 1, mean: 4, sd: 0 }, summary(low)]);
    const want = summary([4, ...low]);
    expectClose(got.sd, want.sd, 1e-12, 'sd');
  });

  it('combineArms rejects an empty list, a negative SD and n < 1, naming the arm', () => {
    expect(() => combineArms([])).toThrow(InputError);
    try {
      combineArms([{ n: 10, mean: 1, sd: 1 }, { n: 10, mean: 1, sd: -1 }]);
      throw new Error('no error');
    } catch (err) {
      expect([(err as InputError).field, (err as InputError).row]).toEqual(['sd', 1]);
    }
    expect(() => combineArms([{ n: 0, mean: 1, sd: 1 }])).toThrow(/'n' must be a sample size of at least 1/);
  });

  it('combineBinaryArms(arms) adds events and totals', () => {
    expect(combineBinaryArms([{ events: 3, n: 20 }, { events: 5, n: 22 }, { events: 0, n: 18 }])).toEqual({ events: 8, n: 60 });
    expect(() => combineBinaryArms([{ events: 25, n: 20 }])).toThrow(/'events' must be between 0 and n = 20/);
  });
});
