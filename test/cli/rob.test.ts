import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'metasift-rob-'));
const ROB = fileURLToPath(new URL('../plot/rob/data/msc-rob2.csv', import.meta.url));

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('metasift rob', () => {
  it('metasift rob ROB.csv --out r.svg draws the traffic lights and the summary', () => {
    const out = join(dir, 'r.svg');
    const r = cli('rob', ROB, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('>张三 2019</text>');
    expect(svg).toContain('>Risk of bias domains</text>');
    expect(svg).toContain('>Overall risk of bias</text>');
  });

  it('metasift rob ROB.csv --type summary --weighted --theme colour --out r.png writes a PNG', () => {
    const out = join(dir, 'r.png');
    const r = cli('rob', ROB, '--type', 'summary', '--weighted', '--theme', 'colour', '--out', out, '--width', '800');
    expect(r.code).toBe(0);
    expect(readFileSync(out).readUInt32BE(16)).toBe(800);
  });

  it('metasift rob --type bad names the choices', () => {
    const r = cli('rob', ROB, '--type', 'bad', '--out', join(dir, 'x.svg'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/traffic, summary or both/);
  });

  it('metasift rob --weighted without a weight column names the study and the column', () => {
    const f = join(dir, 'noweight.csv');
    writeFileSync(f, 'study,D1,D2,D3,D4,D5,overall\nA 2001,Low,Low,Low,Low,Low,Low\n');
    const r = cli('rob', f, '--weighted', '--out', join(dir, 'x.svg'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/noweight\.csv, column 'weight': --weighted needs a weight.*'A 2001'/);
  });

  it('metasift rob bad.csv names the file, line and column of an unknown judgement', () => {
    const f = join(dir, 'bad.csv');
    writeFileSync(f, 'study,D1,D2,D3,D4,D5,overall\nA 2001,Low,Low,Low,Low,Low,Low\nB 2002,Low,Serious,Low,Low,Low,High\n');
    const r = cli('rob', f, '--out', join(dir, 'x.svg'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.csv, line 3, column 'D2': 'Serious' is not a RoB 2 judgement/);
  });

  it('metasift rob without --out is a usage error', () => {
    expect(cli('rob', ROB).code).toBe(2);
  });

  it('metasift rob --help shows the plot options', () => {
    expect(cli('rob', '--help').out).toMatch(/--weighted/);
  });
});
