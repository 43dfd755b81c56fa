/**
 * The RevMan 5 test for subgroup differences (Deeks & Higgins, Statistical
 * algorithms in Review Manager 5, 2010, "Tests for subgroup differences";
 * Borenstein & Higgins 2013) and the revman-web convention (Cochrane Handbook
 * 6.4 §10.10.4), cross-checked with metafor 3.8.1 rma(method = "REML", test = "knha").
 */
import { describe, expect, it } from 'vitest';
import { revmanSubgroups, revmanWebPool, type GivRow, type RevManData } from '../../../src/stats/revman/index.js';
import { expectClose } from '../../helpers/tolerance.js';

const giv = (pairs: number[][]): RevManData => ({ kind: 'IV', ratio: false, rows: pairs.map(([estimate, se]): GivRow => ({ estimate, se })) });
const groups = [giv([[0.2, 0.1], [0.35, 0.15], [0.1, 0.2]]), giv([[-0.1, 0.12], [0.05, 0.1]])];

describe('RevMan 5 subgroups', () => {
  it('revmanSubgroups(groups, fixed IV) tests differences with a Q equal to Q_total − ΣQ_subgroup', () => {
    const r = revmanSubgroups(groups, { method: 'IV', random: false });
    expect(r.test.df).toBe(1);
    expectClose(r.test.Q, r.overall.chi2 - r.subgroups[0].chi2 - r.subgroups[1].chi2, 1e-10, 'Q_between');
    const [a, b] = r.subgroups;
    const w = [1 / a.se ** 2, 1 / b.se ** 2];
    const m = (w[0] * a.estimate + w[1] * b.estimate) / (w[0] + w[1]);
    expectClose(r.test.Q, w[0] * (a.estimate - m) ** 2 + w[1] * (b.estimate - m) ** 2, 1e-14, 'IV Q across subgroups');
    expectClose(r.test.I2, Math.max(0, (100 * (r.test.Q - 1)) / r.test.Q), 1e-14, 'I²');
  });

  it('revmanSubgroups(groups, random) gives each subgroup its own tau²', () => {
    const r = revmanSubgroups(groups, { method: 'IV', random: true });
    expect(r.subgroups.map((s) => s.df)).toEqual([2, 1]);
    expect(r.overall.df).toBe(4);
    expect(r.subgroups[1].tau2).toBeCloseTo(0, 12);
    expect(r.overall.tau2).toBeGreaterThan(0);
  });
});

describe('revman-web convention', () => {
  it('revmanWebPool(data, random) uses REML, Hartung-Knapp-Sidik-Jonkman, a prediction interval and I² from tau²', () => {
    const data = giv([[Math.log(0.8), 0.2], [Math.log(0.65), 0.15], [Math.log(1.1), 0.3]]);
    const r = revmanWebPool(data, { method: 'IV', random: true });
    // metafor stops REML at a change in tau² below 1e-5, so agreement is to about 1e-5
    expectClose(r.estimate, -0.274499788918674, 1e-4, 'REML estimate');
    expectClose(r.ciLow, -0.851408223495246, 1e-4, 'HKSJ CI');
    expectClose(r.ciHigh, 0.302408645657898, 1e-4, 'HKSJ CI');
    expectClose(r.tau2, 0.0109604071977505, 1e-3, 'tau² REML');
    expectClose(r.I2, 20.3924824850316, 1e-3, 'I² from tau²');
    expectClose(r.piLow, -1.0064, 1e-4, 'PI');
    expectClose(r.tau2Ci[1], 2.7127872515866769, 1e-4, 'Q-profile upper');
  });
});
