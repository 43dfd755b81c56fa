import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { loadFixtures, numbers, scalar } from '../helpers/fixtures.js';
import { expectClose } from '../helpers/tolerance.js';

const dir = mkdtempSync(join(tmpdir(), 'metasift-cli-'));

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function writeCsv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// dat.bcg as a CSV a person would write, with the metafor fixture as the oracle
const bcgFixture = loadFixtures().find((f) => f.file === 'dat.bcg.json')!;
const bcgInput = (bcgFixture.escalc as { id: string; input: Record<string, unknown> }[]).find((c) => c.id === 'bcg-RR')!.input;
const [ai, bi, ci, di] = ['ai', 'bi', 'ci', 'di'].map((f) => numbers(bcgInput[f]));
const bcgCsv = writeCsv(
  'bcg.csv',
  ['study,ai,bi,ci,di', ...ai.map((_, i) => `Trial ${i + 1},${ai[i]},${bi[i]},${ci[i]},${di[i]}`)].join('\n') + '\n',
);
const expected = (id: string) =>
  (bcgFixture.rma as { id: string; result: Record<string, unknown> }[]).find((c) => c.id === id)!.result;

describe('metasift analyze', () => {
  it('metasift analyze bcg.csv --measure RR --method REML --json matches metafor', () => {
    const { code, out } = cli('analyze', bcgCsv, '--measure', 'RR', '--method', 'REML', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    const e = expected('bcg-RR-REML-z-95');
    for (const key of ['b', 'se', 'zval', 'pval', 'ci_lb', 'ci_ub', 'pi_lb', 'pi_ub', 'tau2', 'se_tau2', 'I2', 'H2', 'QE', 'QEp']) {
      expectClose(r[key], scalar(e[key]), 1e-6, key);
    }
    expect(r.k).toBe(13);
    expect(r.QE_df).toBe(12);
    expectClose(r.tau2_ci[0], numbers(e.tau2_ci)[0], 1e-6, 'tau2_ci lb');
    expectClose(r.transf.est, Math.exp(scalar(e.b)), 1e-6, 'transf.est');
    expect(r.studies).toHaveLength(13);
    expect(r.studies[0].study).toBe('Trial 1');
    expectClose(r.studies[0].weight, numbers(e.weights)[0], 1e-6, 'weight');
  });

  it('metasift analyze --test knha reports tval and ddf', () => {
    const { out } = cli('analyze', bcgCsv, '--measure', 'RR', '--method', 'DL', '--test', 'knha', '--json');
    const r = JSON.parse(out);
    const e = expected('bcg-RR-DL-knha-95');
    expect(r.zval).toBeUndefined();
    expectClose(r.tval, scalar(e.zval), 1e-6, 'tval');
    expect(r.ddf).toBe(12);
  });

  it('metasift analyze --method MH --measure OR adds the CMH and Tarone tests', () => {
    const { code, out } = cli('analyze', bcgCsv, '--measure', 'OR', '--method', 'MH', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    const e = (bcgFixture.mh as { id: string; result: Record<string, unknown> }[]).find((c) => c.id === 'bcg-MH-OR')!.result;
    for (const key of ['b', 'se', 'pval', 'QE', 'MH', 'TA']) expectClose(r[key], scalar(e[key]), 1e-6, key);
    expect(r.method).toBe('MH');
  });

  it('metasift analyze prints a readable summary with the back-transformed estimate', () => {
    const { code, out } = cli('analyze', bcgCsv, '--measure', 'RR');
    expect(code).toBe(0);
    const b = scalar(expected('bcg-RR-REML-z-95').b);
    expect(out).toContain(`Pooled RR (back-transformed with exp): ${Math.exp(b).toFixed(2)}`);
    expect(out).toContain('Q(df = 12) = 152.2330, p-val <.0001');
    expect(out).toContain('Trial 13');
  });

  it('metasift analyze names the file, line and column of a cell that is not a number', () => {
    const bad = writeCsv('bad.csv', 'study,ai,bi,ci,di\nA,4,119,11,128\nB,six,300,29,274\n');
    const { code, err } = cli('analyze', bad, '--measure', 'OR');
    expect(code).toBe(1);
    expect(err).toContain(`${bad}, line 3, column 'ai': 'six' is not a number`);
  });

  it('metasift analyze names the line of events above the group size', () => {
    const bad = writeCsv('over.csv', 'study,ai,n1i,ci,n2i\nA,4,20,3,20\nB,5,30,2,30\nC,40,30,2,30\n');
    const { code, err } = cli('analyze', bad, '--measure', 'RR');
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`over\\.csv, line 4, column '(ai|n1i)'`));
  });

  it('metasift analyze with one study uses the z test and says so', () => {
    const one = writeCsv('one.csv', 'study,yi,vi\nOnly,0.5,0.04\n');
    const { code, out } = cli('analyze', one, '--test', 'knha', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.k).toBe(1);
    expect(r.tau2).toBe(0);
    expect(r.test).toBe('z');
    expectClose(r.ci_lb, 0.5 - 1.959963984540054 * 0.2, 1e-12, 'ci_lb');
    expect(r.warnings.join(' ')).toMatch(/one study/i);
  });

  it('metasift analyze --subset analyses only the matching rows', () => {
    const f = writeCsv('sub.csv', 'group,study,yi,sei\na,S1,0.1,0.2\nb,S2,0.9,0.3\na,S3,0.3,0.25\n');
    const r = JSON.parse(cli('analyze', f, '--subset', 'group=a', '--method', 'EE', '--json').out);
    expect(r.k).toBe(2);
    const w1 = 1 / 0.04;
    const w3 = 1 / 0.0625;
    expectClose(r.b, (0.1 * w1 + 0.3 * w3) / (w1 + w3), 1e-12, 'b');
  });

  it('metasift analyze rejects an unknown method with usage exit code 2', () => {
    const { code, err } = cli('analyze', bcgCsv, '--measure', 'RR', '--method', 'XYZ');
    expect(code).toBe(2);
    expect(err).toContain("Unknown --method 'XYZ'");
  });

  it('metasift analyze asks for a measure when the table has no yi column', () => {
    const { code, err } = cli('analyze', bcgCsv);
    expect(code).toBe(1);
    expect(err).toContain('choose an effect measure with --measure');
  });

  it('metasift analyze reports a missing file plainly', () => {
    const { code, err } = cli('analyze', join(dir, 'nope.csv'), '--measure', 'RR');
    expect(code).toBe(1);
    expect(err).toContain('nope.csv: cannot be read (ENOENT)');
  });
});
