import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { formatP } from '../../src/analysis/revman-format.js';

const data = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'revman');
const fleiss = join(data, 'Fleiss1993.rm5');
const benzo = join(data, 'Benzodiazepines_versus_pregabalin_for_GAD.rm5');
const tmp = mkdtempSync(join(tmpdir(), 'metasift-revman-'));

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('metasift revman', () => {
  it('metasift revman Fleiss1993.rm5 prints each outcome in RevMan words', () => {
    const { code, out } = cli('revman', fleiss);
    expect(code).toBe(0);
    expect(out).toContain(
      'Odds Ratio (M-H, Fixed, 95% CI) 0.90 [0.84, 0.96]; Heterogeneity: Chi² = 9.95, df = 6 (P = 0.13); I² = 40%; Test for overall effect: Z = 3.29 (P = 0.001)',
    );
    expect(out).toContain('Std. Mean Difference (IV, Fixed, 95% CI) -0.34 [-0.61, -0.08]');
  });

  it('metasift revman FILE --json --check gives RevMan attribute names, stored values and max_rel_diff', () => {
    const { code, out } = cli('revman', benzo, '--json', '--check');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    const o = r.outcomes[0];
    expect(o).toMatchObject({ id: 'CMP-001.01', measure: 'RR', method: 'MH', random: true });
    expect(Object.keys(o.result)).toEqual(expect.arrayContaining(['EFFECT_SIZE', 'CI_START', 'CI_END', 'CHI2', 'DF', 'P_CHI2', 'I2', 'TAU2', 'Z', 'P_Z', 'EVENTS_1', 'TOTAL_1', 'STUDIES']));
    expect(o.stored.EFFECT_SIZE).toBe(0.9469509208110545);
    expect(o.max_rel_diff).toBeLessThan(1e-7);
    expect(o.studies[0]).toMatchObject({ study_id: 'STD-Feltner-2003', estimable: true });
    const ne = r.outcomes.find((x: { id: string }) => x.id === 'CMP-001.04');
    expect(ne.estimable).toBe(false);
    expect(ne.result.EFFECT_SIZE).toBeNull();
  });

  it('metasift revman FILE --check prints the largest differences', () => {
    const { out } = cli('revman', benzo, '--check');
    expect(out).toMatch(/Check against RevMan's stored values: \d+ compared, max relative difference/);
    expect(out).toContain('Not estimable');
    expect(out).not.toContain('differs:');
  });

  it('metasift revman FILE --convention revman-web adds a prediction interval', () => {
    const r = JSON.parse(cli('revman', benzo, '--json', '--convention', 'revman-web').out);
    expect(r.convention).toBe('revman-web');
    expect(r.outcomes[0].result.PI_START).toBeGreaterThan(0);
  });

  it('metasift revman FILE --export out.rm5 writes a file that reads back to the same results', () => {
    const out = join(tmp, 'again.rm5');
    expect(cli('revman', benzo, '--export', out).code).toBe(0);
    const a = JSON.parse(cli('revman', benzo, '--json').out).outcomes;
    const b = JSON.parse(cli('revman', out, '--json').out).outcomes;
    expect(b).toEqual(a);
    const csv = join(tmp, 'rows.csv');
    expect(cli('revman', fleiss, '--export', csv).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^Analysis group,/);
  });

  it('metasift revman with bad options or files exits 2 or 1 with a message', () => {
    expect(cli('revman', '--help').out).toMatch(/Usage: metasift revman FILE.rm5 \| EXPORT.csv/);
    expect(cli('revman').code).toBe(2);
    expect(cli('revman', fleiss, '--convention', 'stata').code).toBe(2);
    expect(cli('revman', fleiss, '--export', 'x.txt').code).toBe(2);
    const missing = cli('revman', join(tmp, 'none.rm5'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot be read/);
  });

  it('metasift revman reads RevMan 5 export CSV and RevMan Web data packages as well as .rm5', () => {
    const fromRm5 = JSON.parse(cli('revman', fleiss, '--json').out).outcomes[0].result;
    for (const source of [join(data, 'csv_exports', 'Fleiss1993_CR_revman5_export.csv'), join(data, 'csv_exports', 'Fleiss1993_revmanweb_datapackage_v1')]) {
      const r = cli('revman', source, '--json');
      expect(r.code).toBe(0);
      const res = JSON.parse(r.out).outcomes[0].result;
      expect(res.EFFECT_SIZE).toBeCloseTo(fromRm5.EFFECT_SIZE, 12);
      expect(res.CHI2).toBeCloseTo(fromRm5.CHI2, 10);
    }
  });

  it('formatP(p) writes P as RevMan does', () => {
    expect([formatP(0.000001), formatP(0.13), formatP(0.0010103), formatP(0.0468), formatP(0.00043)]).toEqual([
      'P < 0.00001',
      'P = 0.13',
      'P = 0.001',
      'P = 0.05',
      'P = 0.0004',
    ]);
  });
});
