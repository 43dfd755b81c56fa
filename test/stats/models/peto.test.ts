import { describe, expect, it } from 'vitest';
import { rmaPeto, type RmaPetoOptions } from '../../../src/stats/models/peto.js';
import { InputError } from '../../../src/stats/errors.js';
import { loadFixtures, numbers, scalar } from '../../helpers/fixtures.js';
import { expectClose } from '../../helpers/tolerance.js';

interface PetoCase {
  id: string;
  input: Record<string, unknown>;
  options: Pick<RmaPetoOptions, 'to' | 'drop00'>;
  result: Record<string, unknown>;
}

const SCALARS = ['b', 'se', 'zval', 'pval', 'ci_lb', 'ci_ub', 'QE', 'QEp', 'I2', 'H2'] as const;
const VECTORS = ['yi', 'vi', 'weights'] as const;

function tablesOf(input: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(input).map(([key, v]) => [key, numbers(v)])) as {
    ai: number[];
    ci: number[];
  };
}

for (const fx of loadFixtures()) {
  const cases = (fx.peto ?? []) as PetoCase[];
  if (cases.length === 0) continue;
  describe(`rmaPeto on ${fx.dataset} (metafor ${fx.meta.metafor})`, () => {
    for (const c of cases) {
      it(`rmaPeto(tables, ${JSON.stringify(c.options)}) matches metafor's ${c.id}`, () => {
        const res = rmaPeto(tablesOf(c.input), c.options);
        const exp = c.result;
        expect(res.k).toBe(scalar(exp.k));
        expect(res.measure).toBe(exp.measure);
        for (const key of SCALARS) expectClose(res[key], scalar(exp[key]), 1e-6, `${c.id} ${key}`);
        for (const key of VECTORS) {
          const want = numbers(exp[key]);
          expect(res[key].length, `${c.id} ${key} length`).toBe(want.length);
          res[key].forEach((v, i) => expectClose(v, want[i], 1e-6, `${c.id} ${key}[${i}]`));
        }
        expect([res.pi_lb, res.pi_ub]).toEqual([res.ci_lb, res.ci_ub]);
        expect(res.tau2).toBe(0);
        expect(res.model).toBe('rma.peto');
      });
    }
  });
}

// Checked against metafor 3.8.1: rma.peto(ai=c(0,5,3), bi=c(10,10,12), ci=c(2,4,6), di=c(8,11,9))
const ZERO_CELL = { ai: [0, 5, 3], bi: [10, 10, 12], ci: [2, 4, 6], di: [8, 11, 9] };
const DOUBLE_ZERO = { ai: [0, 5, 3], bi: [10, 10, 12], ci: [0, 4, 6], di: [8, 11, 9] };

describe('rmaPeto edge cases', () => {
  it('rmaPeto(tables) with a zero cell pools raw counts and corrects only the study-level outcome', () => {
    const res = rmaPeto(ZERO_CELL);
    // raw O − E: −1, 0.5, −1.5; V: 2·18·10·10/(20²·19) = 9/19 and 9·21·15·15/(30²·29) = 47.25/29 twice
    expectClose(res.b, -2 / (9 / 19 + (2 * 47.25) / 29), 1e-12, 'b');
    expectClose(res.se, 1 / Math.sqrt(9 / 19 + (2 * 47.25) / 29), 1e-12, 'se');
    // table 0 with ½ added to each cell: O − E = 0.5 − 1.5, V = 3·19·11·11/(22²·21)
    const V0 = (3 * 19 * 11 * 11) / (22 * 22 * 21);
    expectClose(res.yi[0], -1 / V0, 1e-12, 'yi[0]');
    expectClose(res.vi[0], 1 / V0, 1e-12, 'vi[0]');
    expectClose(res.b, -0.5358619013, 1e-9, 'b');
    expectClose(res.se, 0.5176204697, 1e-9, 'se');
    expectClose(res.QE, 2.5737788429, 1e-9, 'QE');
    expectClose(res.QEp, 0.2761283676, 1e-9, 'QEp');
    expectClose(res.I2, 22.293245766, 1e-9, 'I2');
    expectClose(res.H2, 1.2868894215, 1e-9, 'H2');
    res.weights.forEach((w, i) => expectClose(w, [12.69146608, 43.65426696, 43.65426696][i], 1e-9, `weights[${i}]`));
  });

  it('rmaPeto(tables) pools a double-zero table with weight 0 and leaves it out of the study-level outcomes', () => {
    const res = rmaPeto(DOUBLE_ZERO);
    expect(res.k).toBe(3);
    expect(res.k_yi).toBe(2);
    expect(res.rows_yi).toEqual([1, 2]);
    expect(res.weights).toEqual([0, 50, 50]);
    expectClose(res.b, -0.3068783069, 1e-9, 'b');
    expectClose(res.QE, 1.2275132275, 1e-9, 'QE');
    expectClose(res.QEp, 0.2678912017, 1e-9, 'QEp');
  });

  it('rmaPeto(tables, {drop00: false}) tests QE on k_yi − 1 df although the double-zero table adds nothing to QE', () => {
    const res = rmaPeto(DOUBLE_ZERO, { drop00: false });
    expect(res.k_yi).toBe(3);
    expect(res.QE_df).toBe(2);
    expectClose(res.QE, 1.2275132275, 1e-9, 'QE');
    expectClose(res.QEp, 0.5413135389, 1e-9, 'QEp');
    expectClose(res.H2, 0.6137566138, 1e-9, 'H2');
    expectClose(res.yi[0], -0.202020202, 1e-9, 'yi[0]');
  });

  it('rmaPeto(tables) with one table gives its Peto log OR and QE = 0, QEp = 1', () => {
    const res = rmaPeto({ ai: [5], bi: [10], ci: [4], di: [11] });
    expectClose(res.b, 0.3068783069, 1e-9, 'b');
    expectClose(res.se, 0.7834262, 1e-6, 'se');
    expect([res.QE, res.QEp, res.I2, res.H2]).toEqual([0, 1, 0, 1]);
    expect(res.weights).toEqual([100]);
    expect(res.warnings.some((w) => w.includes('heterogeneity cannot be assessed'))).toBe(true);
  });

  it('rmaPeto(tables) with no events anywhere returns NaN and a warning where metafor stops', () => {
    const res = rmaPeto({ ai: [0, 0], bi: [10, 12], ci: [0, 0], di: [11, 9] });
    expect(res.b).toBeNaN();
    expect(res.se).toBeNaN();
    expect(res.pval).toBeNaN();
    expect(res.warnings.some((w) => w.includes('not defined'))).toBe(true);
  });

  it('rmaPeto(tables) throws InputError naming the field, row and value for impossible counts', () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const e = thrown(() => rmaPeto({ ai: [3, 4], n1i: [10, 10], ci: [12, 1], n2i: [10, 10] }));
    expect(e).toBeInstanceOf(InputError);
    expect([(e as InputError).field, (e as InputError).row, (e as InputError).value]).toEqual(['ci', 0, 12]);
    const neg = thrown(() => rmaPeto({ ai: [3, -4], bi: [7, 6], ci: [1, 1], di: [9, 9] })) as InputError;
    expect([neg.field, neg.row, neg.value]).toEqual(['ai', 1, -4]);
    expect((thrown(() => rmaPeto({ ai: [NaN], bi: [7], ci: [1], di: [9] })) as InputError).message).toMatch(/k = 0/);
  });
});
