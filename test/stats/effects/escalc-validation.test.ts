/** Impossible input throws an InputError naming metafor's argument, the 0-based row and the value. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/stats/errors.js';
import { escalc, type EscalcInput, type EscalcOptions, type Measure } from '../../../src/stats/effects/index.js';

function thrown(measure: Measure, input: EscalcInput, options?: EscalcOptions): InputError {
  try {
    escalc(measure, input, options);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error(`escalc('${measure}') did not throw`);
}

const two = { sd1i: [1, 1], n1i: [10, 10], m1i: [1, 1], m2i: [0, 0], sd2i: [1, 1], n2i: [10, 10] };

describe('escalc input validation', () => {
  it("escalc('OR', …) rejects a negative count", () => {
    const e = thrown('OR', { ai: [1, -1], bi: [5, 5], ci: [2, 2], di: [5, 5] });
    expect([e.field, e.row, e.value]).toEqual(['ai', 1, -1]);
    expect(e.message).toMatch(/'ai' must be a non-negative count \(row 1: got -1\)/);
  });

  it("escalc('RR', …) rejects more events than participants (ai > n1i)", () => {
    const e = thrown('RR', { ai: [12], n1i: [10], ci: [2], n2i: [10] });
    expect([e.field, e.row, e.value]).toEqual(['ai', 0, 12]);
  });

  it("escalc('OR', …) rejects an n1i that disagrees with ai + bi", () => {
    const e = thrown('OR', { ai: [2, 3], bi: [8, 8], n1i: [10, 12], ci: [1, 1], di: [9, 9] });
    expect([e.field, e.row, e.value]).toEqual(['n1i', 1, 12]);
  });

  it("escalc('OR', …) rejects an empty group (n < 1)", () => {
    expect(thrown('OR', { ai: [0], n1i: [0], ci: [1], n2i: [10] }).field).toBe('n1i');
    expect(thrown('OR', { ai: [0], bi: [0], ci: [1], di: [9] }).field).toBe('bi');
  });

  it("escalc('MD', …) rejects a negative SD and a group size below 1", () => {
    expect([thrown('MD', { ...two, sd2i: [1, -0.5] }).field, thrown('MD', { ...two, sd2i: [1, -0.5] }).row]).toEqual(['sd2i', 1]);
    const e = thrown('SMD', { ...two, n1i: [10, 0.5] });
    expect([e.field, e.row, e.value]).toEqual(['n1i', 1, 0.5]);
  });

  it("escalc('COR', …) rejects |r| > 1", () => {
    const e = thrown('COR', { ri: [0.3, 1.2], ni: [20, 20] });
    expect([e.field, e.row, e.value]).toEqual(['ri', 1, 1.2]);
  });

  it("escalc('PR', …) rejects more events than the sample (xi > ni)", () => {
    const e = thrown('PR', { xi: [3, 11], ni: [10, 10] });
    expect([e.field, e.row, e.value]).toEqual(['xi', 1, 11]);
  });

  it("escalc('IR', …) rejects a person-time that is not positive", () => {
    expect(thrown('IR', { xi: [3], ti: [0] }).field).toBe('ti');
  });

  it("escalc('GEN', …) rejects negative variances and standard errors, and a CI whose bounds are reversed", () => {
    expect([thrown('GEN', { yi: [0.1, 0.2], vi: [0.1, -0.1] }).field, thrown('GEN', { yi: [0.1], sei: [-1] }).field]).toEqual(['vi', 'sei']);
    expect(thrown('GEN', { yi: [0.1], ci_lb: [0.5], ci_ub: [0.2] }).field).toBe('ci_lb');
    expect(thrown('GEN', { yi: [0], ci_lb: [0.5], ci_ub: [2] }, { ciScale: 'log' }).field).toBe('yi');
  });

  it("escalc('MNLN', …) rejects a negative mean", () => {
    expect(thrown('MNLN', { mi: [-1], sdi: [1], ni: [10] }).field).toBe('mi');
  });

  it("escalc('OR', …) rejects an infinite count", () => {
    expect(thrown('OR', { ai: [Infinity], bi: [1], ci: [1], di: [1] }).field).toBe('ai');
  });

  it("escalc('OR', …) names a missing argument and the alternatives", () => {
    const e = thrown('OR', { ai: [1], bi: [2], di: [3] });
    expect(e.field).toBe('ci');
    expect(e.message).toContain('ai, bi, ci, di or ai, n1i, ci, n2i');
    expect(thrown('OR', { ai: [1], ci: [2], di: [3] }).field).toBe('bi');
    expect(thrown('GEN', { yi: [1] }).field).toBe('vi');
    expect(thrown('GEN', { yi: [1], ci_lb: [0] }).field).toBe('ci_ub');
  });

  it("escalc('MD', …) rejects columns of different lengths", () => {
    const e = thrown('MD', { ...two, n2i: [10] });
    expect([e.field, e.value]).toEqual(['n2i', 1]);
  });

  it("escalc(…) rejects unknown or unsuitable options", () => {
    expect(thrown('OR', { ai: [1], bi: [1], ci: [1], di: [1] }, { to: 'sometimes' as never }).field).toBe('to');
    expect(thrown('OR', { ai: [1], bi: [1], ci: [1], di: [1] }, { add: -0.5 }).field).toBe('add');
    expect(thrown('MD', two, { vtype: 'XX' }).field).toBe('vtype');
    expect(thrown('MD', two, { vtype: 'AV' }).message).toMatch(/'vtype' must be one of UB, LS, HO/);
    expect(thrown('COR', { ri: [0.1], ni: [10] }, { vtype: 'UB' }).field).toBe('vtype');
    expect(thrown('GEN', { yi: [1], ci_lb: [0], ci_ub: [2] }, { level: 120 }).field).toBe('level');
  });

  it('escalc(…) rejects an unknown measure', () => {
    // @ts-expect-error: not a Measure
    expect(() => escalc('HR', { yi: [1], vi: [1] })).toThrow(InputError);
  });
});
