/** The measure catalogue: what each measure reads and how its summary is reported. */
import { describe, expect, it } from 'vitest';
import { escalc, isRatioMeasure, MEASURES, requiredFields, type EscalcInput } from '../../../src/stats/effects/index.js';

describe('measure catalogue', () => {
  it('MEASURES lists the 24 measures once each', () => {
    expect(MEASURES).toHaveLength(24);
    expect(new Set(MEASURES).size).toBe(24);
  });

  it("requiredFields('OR') gives the cell form and the group-size form", () => {
    expect(requiredFields('OR')).toEqual([['ai', 'bi', 'ci', 'di'], ['ai', 'n1i', 'ci', 'n2i']]);
    expect(requiredFields('GEN')).toEqual([['yi', 'vi'], ['yi', 'sei'], ['yi', 'ci_lb', 'ci_ub']]);
  });

  it('requiredFields(m) is enough for escalc(m, …): every alternative of every measure computes', () => {
    const plausible: Record<string, number> = {
      ai: 3, bi: 7, ci: 4, di: 6, n1i: 10, n2i: 10, m1i: 5, m2i: 4, sd1i: 2, sd2i: 2, xi: 3, ni: 10, mi: 5,
      sdi: 2, ri: 0.3, x1i: 3, x2i: 4, t1i: 100, t2i: 120, ti: 50, yi: 0.4, vi: 0.1, sei: 0.3, ci_lb: 0.1, ci_ub: 0.7,
    };
    for (const m of MEASURES) {
      for (const fields of requiredFields(m)) {
        const input = Object.fromEntries(fields.map((f) => [f, [plausible[f]]])) as EscalcInput;
        const res = escalc(m, input);
        expect(Number.isFinite(res.yi[0]) && Number.isFinite(res.vi[0]), `${m} from ${fields.join(', ')}`).toBe(true);
      }
    }
  });

  it('isRatioMeasure(m) is true exactly for the log-scale measures reported exponentiated', () => {
    expect(MEASURES.filter(isRatioMeasure)).toEqual(['OR', 'RR', 'PETO', 'ROM', 'PLN', 'MNLN', 'IRLN', 'IRR']);
  });
});
