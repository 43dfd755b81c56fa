// `metasift convert`, checked against the published formulas evaluated in R 4.2.2:
//   Wan 2014 S2: SD = ((max − min)/ξ(n) + (q3 − q1)/η(n)) / 2 with ξ(30) = 4.086 (Table 1) and
//                η(4·8 + 1) = 1.292 (Table 2, Q = ⌈29/4⌉ = 8);  Luo 2018 S2 mean with w1 = 2.2/(2.2 + n^0.75),
//                w2 = 0.7 − 0.72/n^0.55.  Handbook 6.5.2.2: SD = √n (U − L) / (2 t₀.₉₇₅,ₙ₋₁).
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { expectClose } from '../helpers/tolerance.js';

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(['convert', ...argv], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('metasift convert', () => {
  it('convert median with quartiles and range gives the Luo mean and Wan SD', () => {
    const r = JSON.parse(cli('median', '--n', '30', '--min', '0', '--q1', '2', '--median', '4', '--q3', '7', '--max', '15', '--json').out);
    expectClose(r.mean, 4.80724925, 1e-8, 'mean');
    expectClose(r.sd, (15 / 4.086 + 5 / 1.292) / 2, 1e-12, 'sd');
    expect(r.scenario).toBe('S2');
  });
  it('convert ci uses the t quantile for a small sample', () => {
    const r = JSON.parse(cli('ci', '--lower', '3.1', '--upper', '7.2', '--n', '20', '--json').out);
    expectClose(r.sd, 4.3802070447, 1e-9, 'sd');
  });
  it('convert se multiplies by the square root of n', () => {
    expectClose(JSON.parse(cli('se', '--se', '0.5', '--n', '16', '--json').out).sd, 2, 1e-12, 'sd');
  });
  it('convert combine pools two dose arms as the Handbook formula', () => {
    // N = 45; M = (20·5.1 + 25·4.8)/45; SD² = ((19·1.44 + 24·1.96) + 20·25/45 · 0.3²) / 44
    const r = JSON.parse(cli('combine', '--n', '20,25', '--mean', '5.1,4.8', '--sd', '1.2,1.4', '--json').out);
    expect(r.n).toBe(45);
    expectClose(r.mean, (20 * 5.1 + 25 * 4.8) / 45, 1e-12, 'mean');
    expectClose(r.sd, Math.sqrt((19 * 1.44 + 24 * 1.96 + ((20 * 25) / 45) * 0.09) / 44), 1e-12, 'sd');
  });
  it('convert combine adds events and totals of binary arms', () => {
    expect(JSON.parse(cli('combine', '--n', '5,5,5', '--events', '2,4,1', '--json').out)).toEqual({ events: 7, n: 15 });
  });
  it('convert explains a missing value in plain words', () => {
    const r = cli('se', '--se', '0.5');
    expect(r.code).toBe(2);
    expect(r.err).toContain('convert se needs --n');
  });
});
