import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { dataFile, PERIANAL } from '../plot/helpers/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'metasift-sens-'));
const LUPUS = fileURLToPath(new URL('../plot/sensitivity/data/msc-lupus.csv', import.meta.url));

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('metasift sensitivity-plot', () => {
  it('metasift sensitivity-plot lupus.csv --measure RR --kind leave1out --out l.svg draws each omitted study', () => {
    const out = join(dir, 'l.svg');
    const r = cli('sensitivity-plot', LUPUS, '--measure', 'RR', '--kind', 'leave1out', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('>Study omitted</text>');
    expect(svg).toContain('>张三 2019</text>');
    expect(svg).toContain('>Risk Ratio (log scale)</text>');
  });

  it('metasift sensitivity-plot perianal.csv --subset analysis=PF_12M --method MH --kind cumulative --order study draws in that order', () => {
    const out = join(dir, 'c.svg');
    const r = cli('sensitivity-plot', PERIANAL, '--subset', 'analysis=PF_12M', '--measure', 'RR', '--method', 'MH', '--kind', 'cumulative', '--order', 'study', '--out', out);
    expect(r.err).toBe('');
    const svg = readFileSync(out, 'utf8');
    expect(svg.indexOf('Garcia-Arranz 2020')).toBeLessThan(svg.indexOf('Zhou 2020'));
    expect(svg).toContain('>All 5 studies (FE Model)</text>');
  });

  it('metasift sensitivity-plot --kind cumulative uses the year column by default', () => {
    const r = cli('sensitivity-plot', LUPUS, '--measure', 'RR', '--kind', 'cumulative', '--out', join(dir, 'c2.svg'));
    expect(r.code).toBe(0);
  });

  it('metasift sensitivity-plot bcg.csv --plot baujat --out b.png writes a PNG', () => {
    const out = join(dir, 'b.png');
    const r = cli('sensitivity-plot', dataFile('bcg.csv'), '--measure', 'RR', '--plot', 'baujat', '--out', out, '--width', '600');
    expect(r.code).toBe(0);
    expect(readFileSync(out).readUInt32BE(16)).toBe(600);
  });

  it('metasift sensitivity-plot without --kind, or a bad one, is a usage error naming the choices', () => {
    expect(cli('sensitivity-plot', LUPUS, '--measure', 'RR', '--out', join(dir, 'x.svg')).err).toMatch(/--kind leave1out/);
    const r = cli('sensitivity-plot', LUPUS, '--measure', 'RR', '--kind', 'galbraith', '--out', join(dir, 'x.svg'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/leave1out, cumulative or baujat/);
  });

  it('metasift sensitivity-plot --kind cumulative without an order column says to give --order', () => {
    const r = cli('sensitivity-plot', dataFile('chinese.csv'), '--measure', 'MD', '--kind', 'cumulative', '--out', join(dir, 'x.svg'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--order COLUMN/);
  });

  it('metasift sensitivity-plot --help shows the kinds', () => {
    expect(cli('sensitivity-plot', '--help').out).toMatch(/baujat/);
  });
});
