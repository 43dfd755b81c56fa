/** Zero cells, double zeros and missing rows, worked by hand from metafor 3.8's rules. */
import { describe, expect, it } from 'vitest';
import { escalc } from '../../../src/stats/effects/index.js';
import { expectClose } from '../../helpers/tolerance.js';

// study 0 has a zero cell, study 1 has none
const tables = { ai: [0, 5], bi: [10, 15], ci: [4, 8], di: [6, 12] };
const logOr = (a: number, b: number, c: number, d: number) => Math.log((a * d) / (b * c));

describe('escalc zero-cell correction', () => {
  it("escalc('OR', …) adds 1/2 to every cell of a study with a zero cell", () => {
    const res = escalc('OR', tables);
    expectClose(res.yi[0], logOr(0.5, 10.5, 4.5, 6.5), 1e-12, 'yi[0]');
    expectClose(res.vi[0], 1 / 0.5 + 1 / 10.5 + 1 / 4.5 + 1 / 6.5, 1e-12, 'vi[0]');
    expectClose(res.yi[1], logOr(5, 15, 8, 12), 1e-12, 'yi[1] untouched');
    expect(res.warnings).toEqual([]);
  });

  it("escalc('OR', …, {to: 'all'}) adds to every study", () => {
    const res = escalc('OR', tables, { to: 'all' });
    expectClose(res.yi[1], logOr(5.5, 15.5, 8.5, 12.5), 1e-12, 'yi[1]');
  });

  it("escalc('OR', …, {to: 'if0all'}) adds to every study once one has a zero cell", () => {
    expectClose(escalc('OR', tables, { to: 'if0all' }).yi[1], logOr(5.5, 15.5, 8.5, 12.5), 1e-12, 'with a zero');
    const noZero = { ai: [1, 5], bi: [10, 15], ci: [4, 8], di: [6, 12] };
    expectClose(escalc('OR', noZero, { to: 'if0all' }).yi[1], logOr(5, 15, 8, 12), 1e-12, 'without');
  });

  it("escalc('OR', …, {add: 0.1}) uses the given increment", () => {
    expectClose(escalc('OR', tables, { add: 0.1 }).yi[0], logOr(0.1, 10.1, 4.1, 6.1), 1e-12, 'yi[0]');
  });

  it("escalc('OR', …, {to: 'none'}) leaves the zero: yi and vi become NaN with metafor's warning", () => {
    const res = escalc('OR', tables, { to: 'none' });
    expect(res.yi[0]).toBeNaN();
    expect(res.vi[0]).toBeNaN();
    expectClose(res.yi[1], logOr(5, 15, 8, 12), 1e-12, 'yi[1]');
    expect(res.warnings).toHaveLength(1);
    expect(res.warnings[0]).toMatch(/'yi' and\/or 'vi' values equal to \+-Inf \(rows 0\)/);
    expect(res.warnings[0]).toMatch(/to = 'only0'/);
  });

  it("escalc('RR', …, {drop00: true}) treats a table without events in either group as missing", () => {
    const res = escalc('RR', { ai: [0, 2], n1i: [10, 10], ci: [0, 3], n2i: [12, 12] }, { drop00: true });
    expect(res.yi[0]).toBeNaN();
    expect(res.vi[0]).toBeNaN();
    expectClose(res.yi[1], Math.log(2 / 10 / (3 / 12)), 1e-12, 'yi[1]');
    expect(res.warnings).toEqual([]);
  });

  it("escalc('RR', …) without drop00 keeps a double-zero table with 1/2 added (log RR 0 when arms are equal)", () => {
    const res = escalc('RR', { ai: [0], n1i: [10], ci: [0], n2i: [10] });
    expectClose(res.yi[0], 0, 1e-12, 'yi');
    expectClose(res.vi[0], 2 * (1 / 0.5 - 1 / 11), 1e-12, 'vi');
  });

  it("escalc('RD', …) adds 1/2 to zero-cell tables too, as metafor 3.8 does", () => {
    const res = escalc('RD', tables);
    expectClose(res.yi[0], 0.5 / 11 - 4.5 / 11, 1e-12, 'yi[0]');
  });
});

describe('escalc missing values', () => {
  it("escalc('OR', …) gives NaN yi and vi for a row with a missing count and leaves the others alone", () => {
    const res = escalc('OR', { ai: [NaN, 5], n1i: [20, 20], ci: [4, 8], n2i: [10, 20] });
    expect(res.yi[0]).toBeNaN();
    expect(res.vi[0]).toBeNaN();
    expectClose(res.yi[1], logOr(5, 15, 8, 12), 1e-12, 'yi[1]');
    expect(res.warnings).toEqual([]);
  });

  it("escalc('MD', …) treats null from a parsed file as missing and makes the whole row NaN", () => {
    const m1i = [null, 3] as unknown as number[];
    const res = escalc('MD', { m1i, sd1i: [1, 1], n1i: [10, 10], m2i: [2, 2], sd2i: [1, 1], n2i: [10, 10] });
    expect(res.yi[0]).toBeNaN();
    expect(res.vi[0]).toBeNaN();
    expectClose(res.yi[1], 1, 1e-12, 'yi[1]');
  });

  it("escalc('ZCOR', …) keeps yi but gives no vi for ni ≤ 3, and recodes r = 1 to NaN with a warning", () => {
    const res = escalc('ZCOR', { ri: [0.2, 0.5, 1], ni: [30, 3, 10] });
    expectClose(res.yi[1], Math.atanh(0.5), 1e-12, 'yi[1]');
    expect(res.vi[1]).toBeNaN();
    expect(res.yi[2]).toBeNaN();
    expect(res.vi[2]).toBeNaN();
    expect(res.warnings.some((w) => w.includes('ni <= 3'))).toBe(true);
    expect(res.warnings.some((w) => w.includes('+-Inf (rows 2)'))).toBe(true);
  });

  it("escalc('ROM', …) warns when an outcome is undefined although every input is present", () => {
    const res = escalc('ROM', { m1i: [-5, 5], sd1i: [1, 1], n1i: [10, 10], m2i: [4, 4], sd2i: [1, 1], n2i: [10, 10] });
    expect(res.yi[0]).toBeNaN();
    expect(res.vi[0]).toBeNaN();
    expect(res.warnings).toHaveLength(1);
    expect(res.warnings[0]).toMatch(/undefined for rows 0/);
  });

  it("escalc('SMD', …) with no rows returns empty outcomes", () => {
    const res = escalc('SMD', { m1i: [], sd1i: [], n1i: [], m2i: [], sd2i: [], n2i: [] });
    expect(res).toEqual({ measure: 'SMD', yi: [], vi: [], warnings: [] });
  });

  it("escalc('OR', …) accepts typed arrays", () => {
    const res = escalc('OR', { ai: Float64Array.of(5), bi: Float64Array.of(15), ci: Int32Array.of(8), di: Int32Array.of(12) });
    expectClose(res.yi[0], logOr(5, 15, 8, 12), 1e-12, 'yi');
    expect(Array.isArray(res.yi)).toBe(true);
  });
});
