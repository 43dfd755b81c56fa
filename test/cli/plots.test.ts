import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { dataFile, PERIANAL } from '../plot/helpers/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'metasift-plots-'));

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const pngWidth = (file: string) => readFileSync(file).readUInt32BE(16);

describe('metasift forest', () => {
  it('metasift forest perianal.csv --subset analysis=PF_6M --measure RR --method MH --out f.svg draws the studies', () => {
    const out = join(dir, 'f.svg');
    const r = cli('forest', PERIANAL, '--subset', 'analysis=PF_6M', '--measure', 'RR', '--method', 'MH', '--out', out, '--higher-is-better');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('>Panes 2016 (ADMIRE-CD)</text>');
    expect(svg).toContain('>1.25 [1.00, 1.55]</text>');
    expect(svg).toContain('>Favours [experimental]</text>');
    expect(svg.indexOf('Favours [control]')).toBeLessThan(svg.indexOf('Favours [experimental]'));
  });

  it('metasift forest bcg.csv --subgroup alloc --out f.png --width 170mm --dpi 150 writes a PNG that wide', () => {
    const out = join(dir, 'f.png');
    const r = cli('forest', dataFile('bcg.csv'), '--measure', 'RR', '--subgroup', 'alloc', '--out', out, '--width', '170mm', '--dpi', '150', '--theme', 'colour');
    expect(r.code).toBe(0);
    expect(pngWidth(out)).toBe(Math.round((170 / 25.4) * 150));
  });

  it('metasift forest without --out is a usage error', () => {
    const r = cli('forest', PERIANAL, '--measure', 'RR');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out/);
  });

  it('metasift forest --layout bad names the choices', () => {
    const r = cli('forest', PERIANAL, '--measure', 'RR', '--out', join(dir, 'x.svg'), '--layout', 'bad');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/revman or metafor/);
  });

  it('metasift forest --help shows the plot options', () => {
    expect(cli('forest', '--help').out).toMatch(/--favours-left/);
  });
});


describe('metasift funnel', () => {
  it('metasift funnel bcg.csv --measure RR --trimfill --contours 90,95,99 --out f.svg draws points and contours', () => {
    const out = join(dir, 'funnel.svg');
    const r = cli('funnel', dataFile('bcg.csv'), '--measure', 'RR', '--trimfill', '--contours', '90,95,99', '--out', out);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('>p ≤ 0.01</text>');
    expect(svg).toContain('>Risk Ratio (log scale)</text>');
  });

  it('metasift funnel --contours 120 is a usage error', () => {
    const r = cli('funnel', dataFile('bcg.csv'), '--measure', 'RR', '--contours', '120', '--out', join(dir, 'x.svg'));
    expect(r.code).toBe(2);
  });
});

describe('metasift prisma', () => {
  it('metasift prisma data/msc-autoimmune/prisma.json --out p.svg draws the review\'s flow', () => {
    const out = join(dir, 'prisma.svg');
    const r = cli('prisma', new URL('../../data/msc-autoimmune/prisma.json', import.meta.url).pathname, '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Studies included in review (n = 42)');
  });

  it('metasift prisma bad.json names the file and the field', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ screening: { screened: 'many' } }));
    const r = cli('prisma', bad, '--out', join(dir, 'x.svg'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.json.*screening\.screened/);
  });
});
