/**
 * Hand-worked checks of RevMan 5's continuous, generic inverse-variance and
 * O − E conventions (Deeks & Higgins, Statistical algorithms in Review Manager 5,
 * 2010, "Continuous data", "Generic inverse variance", "O-E and variance";
 * Cochrane Handbook 5.1 §9.2.3.2 and §9.4.3). Expected numbers computed in
 * R 4.2 with metafor 3.8.1 from the same formulas (rma(method = "FE"/"DL")).
 */
import { describe, expect, it } from 'vitest';
import { contEffect, revmanPool, type ContRow } from '../../../src/stats/revman/index.js';
import { expectClose } from '../../helpers/tolerance.js';

// Fleiss 1993, "Mental Health Treatment versus Control" (the SMD outcome RevMan left uncalculated)
const fleiss: ContRow[] = [
  [5, 4.7, 13, 6.5, 3.8, 13],
  [4.9, 1.71, 30, 6.1, 2.3, 50],
  [22.5, 3.44, 35, 24.9, 10.65, 35],
  [12.5, 1.47, 20, 12.3, 1.66, 20],
  [6.5, 0.76, 8, 7.38, 1.41, 8],
].map(([mean1, sd1, total1, mean2, sd2, total2]) => ({ mean1, sd1, total1, mean2, sd2, total2 }));

describe('RevMan 5 continuous and generic data', () => {
  it('contEffect(row, "SMD") is Hedges g with 1 − 3/(4N − 9) and SE √(N/(n1n2) + g²/(2(N − 3.94)))', () => {
    const e = contEffect(fleiss[0], 'SMD');
    const sp = Math.sqrt((12 * 4.7 ** 2 + 12 * 3.8 ** 2) / 24);
    const g = ((5 - 6.5) / sp) * (1 - 3 / (4 * 26 - 9));
    expectClose(e.yi, g, 1e-14, 'g');
    expectClose(e.yi, -0.339895678441358, 1e-12, 'g (R)');
    expectClose(e.se, 0.39555615677446, 1e-12, 'SE (R)');
  });

  it('revmanPool(SMD, IV fixed) pools Fleiss 1993 to −0.34 [SE 0.134], Chi² 3.68', () => {
    const r = revmanPool({ kind: 'CONT', measure: 'SMD', rows: fleiss }, { method: 'IV', random: false });
    expectClose(r.estimate, -0.343415790514985, 1e-12, 'SMD');
    expectClose(r.se, 0.134385026267765, 1e-12, 'SE');
    expectClose(r.chi2, 3.67700404162111, 1e-12, 'Chi²');
    expect(r.tau2).toBe(0);
  });

  it('contEffect(row, "MD") is m1 − m2 with SE √(s1²/n1 + s2²/n2) (RevMan 5 export of Fleiss 1993)', () => {
    const e = contEffect(fleiss[0], 'MD');
    expect(e.yi).toBe(-1.5);
    expectClose(e.se, 1.67630546, 1e-8, 'SE as exported');
  });

  it('revmanPool(IV, random) pools log hazard ratios entered on the log scale (LOG_DATA)', () => {
    const rows = [
      { estimate: Math.log(0.8), se: 0.2 },
      { estimate: Math.log(0.65), se: 0.15 },
      { estimate: Math.log(1.1), se: 0.3 },
    ];
    const r = revmanPool({ kind: 'IV', ratio: true, rows }, { method: 'IV', random: true });
    expectClose(Math.exp(r.estimate), 0.762763189226138, 1e-12, 'HR');
    expectClose(r.se, 0.133783980905574, 1e-12, 'SE');
    expectClose(r.tau2, 0.0137148028489544, 1e-12, 'tau²');
    expectClose(r.chi2, 2.64107507569825, 1e-12, 'Chi²');
    expectClose(r.I2, 24.2732621119739, 1e-12, 'I²');
  });

  it('revmanPool(OE, PETO) is exp(Σ(O − E)/ΣV) with SE 1/√ΣV', () => {
    const rows = [
      { oe: -4.2, variance: 10.5 },
      { oe: -1.1, variance: 6.3 },
      { oe: 0.8, variance: 3.9 },
    ];
    const r = revmanPool({ kind: 'OE', rows }, { method: 'PETO', random: false });
    expectClose(r.estimate, (-4.2 - 1.1 + 0.8) / 20.7, 1e-14, 'ln OR');
    expectClose(r.se, 1 / Math.sqrt(20.7), 1e-14, 'SE');
    const q = 4.2 ** 2 / 10.5 + 1.1 ** 2 / 6.3 + 0.8 ** 2 / 3.9 - 4.5 ** 2 / 20.7;
    expectClose(r.chi2, q, 1e-12, 'Chi²');
    expectClose(r.studies[0].weight, (100 * 10.5) / 20.7, 1e-14, 'weight V/ΣV');
  });

  it('revmanPool(data) with no estimable row is not estimable', () => {
    const r = revmanPool({ kind: 'IV', ratio: false, rows: [{ estimate: 1, se: 0 }] }, { method: 'IV', random: false });
    expect(r.estimable).toBe(false);
    expect(r.df).toBe(0);
  });
});
