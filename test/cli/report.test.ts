import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'metasift-report-'));

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

writeFileSync(
  join(dir, 'trials.csv'),
  'outcome,study,ai,n1i,ci,n2i,source\nremission,Trial A,12,20,5,20,bm\nremission,Trial B,30,60,18,58,uc\nremission,张三 2019,8,15,4,16,uc\nrelapse,Trial A,2,20,6,20,bm\n',
);
writeFileSync(
  join(dir, 'plan.json'),
  JSON.stringify({
    title: 'Test review',
    data: 'trials.csv',
    outcomes: [
      { id: 'rem', title: 'Remission', subset: { outcome: 'remission' }, measure: 'RR', method: 'MH', subgroup: 'source', higherIsBetter: true },
      { id: 'rem-re', title: 'Remission, random effects', subset: { outcome: 'remission' }, measure: 'RR', method: 'REML', test: 'knha', prediction: true, leave1out: true },
    ],
  }),
);

describe('metasift report', () => {
  it('metasift report PLAN --out DIR writes the HTML, each figure as SVG and PNG, and the results', () => {
    const out = join(dir, 'out');
    const r = cli('report', join(dir, 'plan.json'), '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(join(out, 'index.html'));
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<h2>Summary of findings</h2>');
    expect(html).toContain('Test for subgroup differences');
    expect(html).toContain('张三 2019');
    expect(html).toContain('Leave-one-out');
    for (const f of ['forest-rem', 'forest-rem-re']) {
      expect(existsSync(join(out, 'figures', `${f}.svg`))).toBe(true);
      expect(readFileSync(join(out, 'figures', `${f}.png`)).subarray(1, 4).toString()).toBe('PNG');
    }
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.outcomes.map((o: { id: string }) => o.id)).toEqual(['rem', 'rem-re']);
    // M-H risk ratio of the three remission trials, by hand (Greenland & Robins 1985):
    // Σ a·n2/N / Σ c·n1/N
    const rr = (12 * 20 / 40 + 30 * 58 / 118 + 8 * 16 / 31) / (5 * 20 / 40 + 18 * 60 / 118 + 4 * 15 / 31);
    expect(results.outcomes[0].result.transf.est).toBeCloseTo(rr, 12);
  });

  it('a plan with a mistake names the plan file and the field', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ title: 'x', data: 'trials.csv', outcomes: [{ id: 'a', title: 'A', measure: 'RR', method: 'XX' }] }));
    const r = cli('report', join(dir, 'bad.json'), '--out', join(dir, 'bad'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(dir, 'bad.json')}, column 'outcomes[0].method'`);
  });

  it('a YAML plan works as well as JSON', () => {
    writeFileSync(join(dir, 'plan.yaml'), 'title: YAML review\ndata: trials.csv\noutcomes:\n  - id: rel\n    title: Relapse\n    subset: {outcome: relapse}\n    measure: RR\n    method: MH\n');
    const r = cli('report', join(dir, 'plan.yaml'), '--out', join(dir, 'yaml'), '--no-png');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'yaml', 'index.html'), 'utf8')).toContain('<h2>Relapse</h2>');
    expect(existsSync(join(dir, 'yaml', 'figures', 'forest-rel.png'))).toBe(false);
  });
});
