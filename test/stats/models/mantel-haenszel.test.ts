import { describe, expect, it } from 'vitest';
import { rmaMH, type MhMeasure, type RmaMhOptions } from '../../../src/stats/models/mantel-haenszel.js';
import { InputError } from '../../../src/stats/errors.js';
import { loadFixtures, numbers, scalar } from '../../helpers/fixtures.js';
import { expectClose } from '../../helpers/tolerance.js';

interface MhCase {
  id: string;
  measure: MhMeasure;
  input: Record<string, unknown>;
  options: Pick<RmaMhOptions, 'to' | 'drop00'>;
  result: Record<string, unknown>;
}

const SCALARS = ['b', 'se', 'zval', 'pval', 'ci_lb', 'ci_ub', 'QE', 'QEp', 'I2', 'H2'] as const;
const OR_TESTS = ['MH', 'MHp', 'TA', 'TAp'] as const;
const VECTORS = ['yi', 'vi', 'weights'] as const;

function tablesOf(input: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(input).map(([key, v]) => [key, numbers(v)])) as {
    ai: number[];
    ci: number[];
  };
}

for (const fx of loadFixtures()) {
  const cases = (fx.mh ?? []) as MhCase[];
  if (cases.length === 0) continue;
  describe(`rmaMH on ${fx.dataset} (metafor ${fx.meta.metafor})`, () => {
    for (const c of cases) {
      it(`rmaMH(tables, ${JSON.stringify({ measure: c.measure, ...c.options })}) matches metafor's ${c.id}`, () => {
        const res = rmaMH(tablesOf(c.input), { measure: c.measure, ...c.options });
        const exp = c.result;
        expect(res.k).toBe(scalar(exp.k));
        expect(res.measure).toBe(exp.measure);
        for (const key of SCALARS) expectClose(res[key], scalar(exp[key]), 1e-6, `${c.id} ${key}`);
        for (const key of OR_TESTS) expectClose(res[key] ?? NaN, scalar(exp[key]), 1e-6, `${c.id} ${key}`);
        for (const key of VECTORS) {
          const want = numbers(exp[key]);
          expect(res[key].length, `${c.id} ${key} length`).toBe(want.length);
          res[key].forEach((v, i) => expectClose(v, want[i], 1e-6, `${c.id} ${key}[${i}]`));
        }
        expect([res.pi_lb, res.pi_ub]).toEqual([res.ci_lb, res.ci_ub]);
        expect(res.tau2).toBe(0);
        expect(res.model).toBe('rma.mh');
        expect(res.k_yi).toBe(res.yi.length);
      });
    }
  });
}

// One zero cell (row 0), checked against metafor 3.8.1:
//   rma.mh(ai=c(0,5,3), bi=c(10,10,12), ci=c(2,4,6), di=c(8,11,9))
const ZERO_CELL = { ai: [0, 5, 3], bi: [10, 10, 12], ci: [2, 4, 6], di: [8, 11, 9] };

describe('rmaMH edge cases', () => {
  it('rmaMH(tables) with a zero cell pools raw counts and corrects only the study-level outcome', () => {
    const res = rmaMH(ZERO_CELL);
    // ψ̂ = Σaᵢdᵢ/Nᵢ / Σbᵢcᵢ/Nᵢ = (0 + 55/30 + 27/30) / (20/20 + 40/30 + 72/30)
    expectClose(res.b, Math.log((55 / 30 + 27 / 30) / (1 + 40 / 30 + 72 / 30)), 1e-12, 'b');
    expectClose(res.b, -0.5491078, 1e-6, 'b');
    expectClose(res.se, 0.5318998, 1e-6, 'se');
    // row 0 gets ½ in every cell: log(0.5·8.5 / (10.5·2.5))
    expectClose(res.yi[0], Math.log((0.5 * 8.5) / (10.5 * 2.5)), 1e-12, 'yi[0]');
    expectClose(res.vi[0], 1 / 0.5 + 1 / 10.5 + 1 / 2.5 + 1 / 8.5, 1e-12, 'vi[0]');
    expectClose(res.QE, 2.0616414, 1e-6, 'QE');
    expectClose(res.I2, 2.9899201, 1e-6, 'I2');
    expectClose(res.MH ?? NaN, 0.6028446, 1e-6, 'MH');
    expectClose(res.MHp ?? NaN, 0.4374947, 1e-6, 'MHp');
    expectClose(res.TA ?? NaN, 2.8180751, 1e-6, 'TA');
    expectClose(res.TAp ?? NaN, 0.2443784, 1e-6, 'TAp');
    res.weights.forEach((w, i) => expectClose(w, [21.12676, 28.16901, 50.70423][i], 1e-6, `weights[${i}]`));
  });

  it("rmaMH(tables, {to: 'none'}) drops the infinite study-level outcome from QE but still pools the table", () => {
    const res = rmaMH(ZERO_CELL, { to: 'none' });
    expect(res.k).toBe(3);
    expect(res.k_yi).toBe(2);
    expect(res.rows_yi).toEqual([1, 2]);
    expectClose(res.b, -0.5491078, 1e-6, 'b');
    expectClose(res.QE, 1.4427599, 1e-6, 'QE');
    expect(res.warnings.some((w) => w.includes('infinite'))).toBe(true);
  });

  it('rmaMH(tables) keeps a double-zero table in the pooled sums but not in QE', () => {
    const tables = { ai: [0, 5, 3], bi: [10, 10, 12], ci: [0, 4, 6], di: [8, 11, 9] };
    const res = rmaMH(tables);
    expect(res.k).toBe(3);
    expect(res.rows).toEqual([0, 1, 2]);
    expect(res.rows_yi).toEqual([1, 2]);
    expect(res.weights[0]).toBe(0);
    expectClose(res.b, -0.31177962, 1e-6, 'b');
    expectClose(res.QE, 1.26431891, 1e-6, 'QE');
    expect(res.warnings.some((w) => w.includes('Row 0') && w.includes('drop00'))).toBe(true);
  });

  it('rmaMH(tables, {drop00: false}) gives the double-zero table a corrected study-level outcome', () => {
    const res = rmaMH({ ai: [0, 5, 3], bi: [10, 10, 12], ci: [0, 4, 6], di: [8, 11, 9] }, { drop00: false });
    expect(res.k_yi).toBe(3);
    expectClose(res.yi[0], -0.21130909, 1e-6, 'yi[0]');
    expectClose(res.QE, 1.26671497, 1e-6, 'QE');
    expectClose(res.I2, 0, 1e-6, 'I2');
    expectClose(res.H2, 0.63335749, 1e-6, 'H2');
  });

  it('rmaMH(tables) with one table estimates the OR and reports QE = 0, QEp = 1 as metafor', () => {
    const res = rmaMH({ ai: [5], bi: [10], ci: [4], di: [11] });
    expect(res.k).toBe(1);
    expectClose(res.b, Math.log((5 * 11) / (10 * 4)), 1e-12, 'b');
    expectClose(res.se, 0.800568, 1e-6, 'se');
    expect([res.QE, res.QEp, res.I2, res.H2]).toEqual([0, 1, 0, 1]);
    expect(res.weights).toEqual([100]);
    expect(res.TA).toBe(0);
    expect(res.TAp).toBeNaN();
    expect(res.warnings.some((w) => w.includes('heterogeneity cannot be assessed'))).toBe(true);
  });

  it("rmaMH(tables, {measure: 'RR'}) with one table gives the table's log RR and its Greenland–Robins SE", () => {
    const res = rmaMH({ ai: [5], bi: [10], ci: [4], di: [11] }, { measure: 'RR' });
    expectClose(res.b, Math.log(5 / 4), 1e-12, 'b');
    expectClose(res.se, 0.5627314, 1e-6, 'se');
    expect(res.MH).toBeUndefined();
  });

  it('rmaMH(tables) with no events anywhere returns NaN and a warning instead of throwing', () => {
    const res = rmaMH({ ai: [0, 0], bi: [10, 12], ci: [0, 0], di: [11, 9] });
    expect(res.b).toBeNaN();
    expect(res.se).toBeNaN();
    expect(res.ci_lb).toBeNaN();
    expect(res.MH).toBeNaN();
    expect(res.TA).toBeNaN();
    expect([res.QE, res.QEp, res.I2, res.H2]).toEqual([0, 1, 0, 1]);
    expect(res.warnings.some((w) => w.includes('not defined'))).toBe(true);
  });

  it("rmaMH(tables, {measure: 'RD'}) with no events anywhere gives RD = 0 with SE 0, as metafor", () => {
    const res = rmaMH({ ai: [0, 0], bi: [10, 12], ci: [0, 0], di: [11, 9] }, { measure: 'RD' });
    expect(res.b).toBe(0);
    expect(res.se).toBe(0);
    expectClose(res.weights[0], 50.45872, 1e-6, 'weights[0]');
  });

  it('rmaMH(tables) leaves a table with a missing count out and reports its row', () => {
    const res = rmaMH({ ai: [NaN, 5, 3], bi: [10, 10, 12], ci: [2, 4, 6], di: [8, 11, 9] });
    expect(res.k).toBe(2);
    expect(res.rows).toEqual([1, 2]);
    expectClose(res.b, -0.31177962, 1e-6, 'b');
    expectClose(res.QE, 1.26431891, 1e-6, 'QE');
    expectClose(res.MH ?? NaN, 0.07671958, 1e-6, 'MH');
    expect(res.warnings.some((w) => w.startsWith('Row 0'))).toBe(true);
  });

  it('rmaMH(tables) accepts group sizes n1i, n2i instead of bi, di', () => {
    const a = rmaMH(ZERO_CELL);
    const b = rmaMH({ ai: [0, 5, 3], n1i: [10, 15, 15], ci: [2, 4, 6], n2i: [10, 15, 15] });
    expect(b.b).toBe(a.b);
    expect(b.QE).toBe(a.QE);
  });

  it('rmaMH(tables, {correct: false}) drops the continuity correction of the CMH test', () => {
    const res = rmaMH(ZERO_CELL, { correct: false });
    // (|Σ(aᵢ − Eᵢ)|)² / Σ Vᵢ with Σ(aᵢ − Eᵢ) = (0 − 1) + (5 − 4.5) + (3 − 4.5) = −2
    const v = (10 * 10 * 2 * 18) / (20 * 20 * 19) + (15 * 15 * 9 * 21) / (30 * 30 * 29) + (15 * 15 * 9 * 21) / (30 * 30 * 29);
    expectClose(res.MH ?? NaN, 4 / v, 1e-12, 'MH');
  });

  it('rmaMH(tables, {level: 90}) narrows the CI with the exact normal quantile', () => {
    const res = rmaMH(ZERO_CELL, { level: 90 });
    expectClose(res.ci_ub - res.b, 1.6448536269514722 * res.se, 1e-12, 'half-width');
    expect(res.level).toBe(90);
  });
});

describe('rmaMH input errors', () => {
  const catchError = (f: () => unknown): InputError => {
    try {
      f();
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
    throw new Error('expected an InputError');
  };

  it('rmaMH(tables) throws InputError naming ai, the row and value when events exceed the group size', () => {
    const e = catchError(() => rmaMH({ ai: [1, 11], n1i: [10, 10], ci: [2, 3], n2i: [10, 10] }));
    expect([e.field, e.row, e.value]).toEqual(['ai', 1, 11]);
  });

  it('rmaMH(tables) throws InputError for a negative count', () => {
    const e = catchError(() => rmaMH({ ai: [1, 2], bi: [5, -1], ci: [2, 3], di: [4, 4] }));
    expect([e.field, e.row, e.value]).toEqual(['bi', 1, -1]);
  });

  it('rmaMH(tables) throws InputError when n1i is not ai + bi', () => {
    const e = catchError(() => rmaMH({ ai: [1], bi: [5], n1i: [7], ci: [2], di: [4] }));
    expect([e.field, e.row, e.value]).toEqual(['n1i', 0, 7]);
  });

  it('rmaMH(tables) throws InputError when no table is complete (k = 0)', () => {
    expect(catchError(() => rmaMH({ ai: [NaN], bi: [5], ci: [2], di: [4] })).field).toBe('ai');
    expect(catchError(() => rmaMH({ ai: [], bi: [], ci: [], di: [] })).message).toMatch(/k = 0/);
  });

  it('rmaMH(tables) throws InputError for mismatched lengths, missing bi/n1i and unknown options', () => {
    expect(catchError(() => rmaMH({ ai: [1, 2], bi: [5], ci: [2, 3], di: [4, 4] })).field).toBe('bi');
    expect(catchError(() => rmaMH({ ai: [1], ci: [2], di: [4] })).field).toBe('bi');
    expect(catchError(() => rmaMH({ bi: [1], ci: [2], di: [4] } as unknown as { ai: number[]; ci: number[] })).field).toBe('ai');
    expect(catchError(() => rmaMH(ZERO_CELL, { measure: 'PETO' as MhMeasure })).field).toBe('measure');
    expect(catchError(() => rmaMH(ZERO_CELL, { to: 'some' as 'all' })).field).toBe('to');
    expect(catchError(() => rmaMH(ZERO_CELL, { level: 120 })).field).toBe('level');
  });
});
