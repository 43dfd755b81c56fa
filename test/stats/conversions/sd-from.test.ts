/** SD from a standard error or a confidence interval (Cochrane Handbook 6.5.2.2). */
import { describe, expect, it } from 'vitest';
import { sdFromCi, sdFromSe } from '../../../src/stats/conversions/index.js';
import { InputError } from '../../../src/stats/errors.js';
import { expectClose } from '../../helpers/tolerance.js';

describe('SD from SE and CI', () => {
  it('sdFromSe(se, n) multiplies by √n', () => {
    expectClose(sdFromSe(2, 25), 10, 1e-15, 'SD');
    expect(() => sdFromSe(-1, 25)).toThrow(InputError);
    expect(() => sdFromSe(1, 0)).toThrow(InputError);
  });

  it('sdFromCi(lb, ub, n) uses t with n − 1 df for a small sample, as the Handbook says', () => {
    // Handbook: for n = 25, 3.92 becomes 2 × 2.0639 = 4.128 (qt(0.975, 24) = 2.063899)
    expectClose(sdFromCi(46.1, 53.9, 25), (5 * 7.8) / (2 * 2.0638985616280254), 1e-12, 'SD');
  });

  it('sdFromCi(lb, ub, n) uses 3.92 from n = 60 on', () => {
    expectClose(sdFromCi(46.1, 53.9, 100), (10 * 7.8) / (2 * 1.959963984540054), 1e-12, 'SD');
    expectClose(sdFromCi(46.1, 53.9, 59), (Math.sqrt(59) * 7.8) / (2 * 2.0017174841452356), 1e-12, 't below 60');
  });

  it("sdFromCi(…, {quantile: 'z'}) and {quantile: 't'} force the distribution", () => {
    // sqrt(25) * 7.8 / (2 * qnorm(0.975)) = 9.94916241003
    expectClose(sdFromCi(46.1, 53.9, 25, { quantile: 'z' }), 9.94916241003, 1e-10, 'z');
    expectClose(sdFromCi(46.1, 53.9, 100, { quantile: 't' }), (10 * 7.8) / (2 * 1.9842169515864172), 1e-12, 't');
  });

  it('sdFromCi(…, {level: 90}) uses the 95th percentile', () => {
    // sqrt(25) * 7.8 / (2 * qt(0.95, 24)) = 11.397629462
    expectClose(sdFromCi(46.1, 53.9, 25, { level: 90 }), 11.397629462, 1e-10, '90%');
  });

  it('sdFromCi rejects reversed bounds and n < 2', () => {
    expect(() => sdFromCi(5, 4, 25)).toThrow(/'lower' must not exceed 'upper'/);
    expect(() => sdFromCi(4, 5, 1)).toThrow(InputError);
  });
});
