// Reference values from R 4.2.2 (printed with %.17g); tails far out must keep relative precision.
import { describe, it } from 'vitest';
import {
  chisqCdf, chisqQuant, chisqUpper, fUpper, normalCdf, normalQuant, normalUpper, tQuant, tTwoSided, tUpper,
} from '../../src/stats/distributions/index.js';
import { expectClose } from '../helpers/tolerance.js';

describe('distributions agree with R', () => {
  it('normalUpper(9) equals pnorm(9, lower.tail = FALSE) far in the tail', () => {
    expectClose(normalUpper(9), 1.1285884059538408e-19, 1e-12);
  });
  it('normalCdf(-1.5) equals pnorm(-1.5)', () => expectClose(normalCdf(-1.5), 0.066807201268858071, 1e-14));
  it('normalQuant(0.975) equals qnorm(0.975)', () => expectClose(normalQuant(0.975), 1.9599639845400536, 1e-14));
  it('tTwoSided(2.5, 7) equals 2 * pt(2.5, 7, lower.tail = FALSE)', () =>
    expectClose(tTwoSided(2.5, 7), 0.040992218585752874, 1e-12));
  it('tUpper(-0.8, 3) equals pt(-0.8, 3, lower.tail = FALSE)', () =>
    expectClose(tUpper(-0.8, 3), 0.75890052412445896, 1e-12));
  it('tQuant(0.975, 12) equals qt(0.975, 12)', () => expectClose(tQuant(0.975, 12), 2.1788128296672284, 1e-12));
  it('chisqUpper(152.23, 12) equals pchisq(152.23, 12, lower.tail = FALSE)', () =>
    expectClose(chisqUpper(152.23, 12), 1.9995751979721944e-26, 1e-10));
  it('chisqUpper(900, 3) keeps precision at 1e-195', () => expectClose(chisqUpper(900, 3), 8.851690237125584e-195, 1e-10));
  it('chisqCdf(3.2, 4) equals pchisq(3.2, 4)', () => expectClose(chisqCdf(3.2, 4), 0.47506905321389592, 1e-12));
  it('chisqQuant(0.025, 12) and chisqQuant(0.5, 5) equal qchisq', () => {
    expectClose(chisqQuant(0.025, 12), 4.4037885069817015, 1e-12);
    expectClose(chisqQuant(0.5, 5), 4.3514601910955264, 1e-12);
  });
  it('fUpper(4.3, 2, 9) equals pf(4.3, 2, 9, lower.tail = FALSE)', () =>
    expectClose(fUpper(4.3, 2, 9), 0.048897233380610243, 1e-12));
  it('tail functions return NaN for impossible degrees of freedom', () => {
    expectClose(tTwoSided(1, 0), NaN);
    expectClose(chisqUpper(1, 0), NaN);
  });
});
