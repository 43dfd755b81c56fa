/**
 * Hand-worked checks of RevMan 5's dichotomous conventions, from Deeks & Higgins,
 * Statistical algorithms in Review Manager 5 (2010), "Dichotomous data" and
 * "Mantel-Haenszel methods", and the Cochrane Handbook 5.1 §9.4.4 and §16.9.
 * Three trials: 0/10 vs 3/12 (a zero cell), 4/20 vs 6/20, 0/15 vs 0/15 (double zero).
 * Pooled values cross-checked with metafor 3.8.1: rma.mh(..., add = c(0.5, 0.5),
 * to = c("only0", "only0"), drop00 = c(TRUE, TRUE)) and rma.peto().
 */
import { describe, expect, it } from 'vitest';
import { dichEffect, petoTerms, revmanPool, type DichRow } from '../../../src/stats/revman/index.js';
import { expectClose } from '../../helpers/tolerance.js';

const rows: DichRow[] = [
  { events1: 0, total1: 10, events2: 3, total2: 12 },
  { events1: 4, total1: 20, events2: 6, total2: 20 },
  { events1: 0, total1: 15, events2: 0, total2: 15 },
];
const fixed = { method: 'MH', random: false } as const;

describe('RevMan 5 dichotomous data', () => {
  it('dichEffect(row, "OR") adds 0.5 to all four cells of a study with a zero', () => {
    const e = dichEffect(rows[0], 'OR');
    expectClose(e.yi, Math.log((0.5 * 9.5) / (10.5 * 3.5)), 1e-14, 'ln OR');
    expectClose(e.se, Math.sqrt(1 / 0.5 + 1 / 10.5 + 1 / 3.5 + 1 / 9.5), 1e-14, 'SE');
  });

  it('dichEffect(row, "RR") grows each arm total by 1 with the correction', () => {
    const e = dichEffect(rows[0], 'RR');
    expectClose(e.yi, Math.log(0.5 / 11 / (3.5 / 13)), 1e-14, 'ln RR');
    expectClose(e.se, Math.sqrt(1 / 0.5 - 1 / 11 + 1 / 3.5 - 1 / 13), 1e-14, 'SE');
  });

  it('dichEffect(row, m) marks a double-zero study not estimable for OR, RR and Peto but not RD', () => {
    expect(dichEffect(rows[2], 'OR').estimable).toBe(false);
    expect(dichEffect(rows[2], 'RR').estimable).toBe(false);
    expect(dichEffect(rows[2], 'PETO_OR').estimable).toBe(false);
    const rd = dichEffect(rows[2], 'RD');
    expect(rd.estimable).toBe(true);
    expect(rd.yi).toBe(0);
    expectClose(rd.se, Math.sqrt((2 * 0.5 * 15.5) / 16 ** 3), 1e-14, 'RD SE from corrected cells');
  });

  it('revmanPool(OR, MH) uses the corrected cells inside the M-H sums and counts estimable rows in df', () => {
    const r = revmanPool({ kind: 'DICH', measure: 'OR', rows }, fixed);
    expectClose(r.estimate, -0.900256744001294, 1e-12, 'ln OR_MH (metafor, corrected cells)');
    expectClose(r.se, 0.646794553649191, 1e-12, 'SE');
    expect(r.df).toBe(1);
    expect(r.studies[2].weight).toBe(0);
    const [a, b] = [dichEffect(rows[0], 'OR'), dichEffect(rows[1], 'OR')];
    // Chi² around the M-H estimate with inverse-variance weights
    expectClose(r.chi2, ((a.yi - r.estimate) / a.se) ** 2 + ((b.yi - r.estimate) / b.se) ** 2, 1e-12, 'Chi²');
    // the M-H weights bc/N, with the corrected cells of the first study
    expectClose(r.studies[0].weight, (100 * (10.5 * 3.5) / 24) / ((10.5 * 3.5) / 24 + (16 * 6) / 40), 1e-12, 'weight');
  });

  it('revmanPool(RR, MH) matches metafor with corrected cells', () => {
    const r = revmanPool({ kind: 'DICH', measure: 'RR', rows }, fixed);
    expectClose(r.estimate, -0.706814819288609, 1e-12, 'ln RR_MH');
    expectClose(r.se, 0.5193583283119, 1e-12, 'SE');
  });

  it('revmanPool(RD, MH) weights raw risk differences by n1n2/N of the corrected tables', () => {
    const r = revmanPool({ kind: 'DICH', measure: 'RD', rows }, fixed);
    const w = [(11 * 13) / 24, (20 * 20) / 40, (16 * 16) / 32];
    const rd = [0 - 3 / 12, 4 / 20 - 6 / 20, 0];
    const K = w[0] + w[1] + w[2];
    expectClose(r.estimate, (w[0] * rd[0] + w[1] * rd[1] + w[2] * rd[2]) / K, 1e-14, 'RD_MH');
    const J =
      (0.5 * 10.5 * 13 ** 3 + 3.5 * 9.5 * 11 ** 3) / (11 * 13 * 24 ** 2) +
      (4 * 16 * 20 ** 3 + 6 * 14 * 20 ** 3) / (400 * 40 ** 2) +
      (0.5 * 15.5 * 16 ** 3 * 2) / (256 * 32 ** 2);
    expectClose(r.se, Math.sqrt(J) / K, 1e-14, 'SE');
    expect(r.df).toBe(2);
  });

  it('revmanPool(PETO_OR, PETO) pools Σ(O − E)/ΣV with Q = Σ(O−E)²/V − (Σ(O−E))²/ΣV', () => {
    const r = revmanPool({ kind: 'DICH', measure: 'PETO_OR', rows }, { method: 'PETO', random: false });
    expectClose(r.estimate, -0.910477523176491, 1e-12, 'ln Peto OR (metafor rma.peto)');
    expectClose(r.se, 0.620646460584613, 1e-12, 'SE');
    expectClose(r.chi2, 1.13112011268332, 1e-12, 'Q');
    const t = [petoTerms(rows[0]), petoTerms(rows[1])];
    expectClose(r.estimate, (t[0].oe + t[1].oe) / (t[0].variance + t[1].variance), 1e-14, 'Σ(O−E)/ΣV');
  });

  it('revmanPool(data, {random: true}) pools IV estimates with the DerSimonian-Laird tau²', () => {
    const r = revmanPool({ kind: 'DICH', measure: 'OR', rows }, { method: 'MH', random: true });
    const e = [dichEffect(rows[0], 'OR'), dichEffect(rows[1], 'OR')];
    const w = e.map((x) => 1 / x.se ** 2);
    const tau2 = Math.max(0, (r.chi2 - 1) / (w[0] + w[1] - (w[0] ** 2 + w[1] ** 2) / (w[0] + w[1])));
    expectClose(r.tau2, tau2, 1e-14, 'tau²');
    const ws = e.map((x) => 1 / (x.se ** 2 + tau2));
    expectClose(r.estimate, (ws[0] * e[0].yi + ws[1] * e[1].yi) / (ws[0] + ws[1]), 1e-14, 'estimate');
    expectClose(r.ciHigh - r.estimate, 1.959963984540054 * r.se, 1e-14, 'exact normal quantile');
  });
});
