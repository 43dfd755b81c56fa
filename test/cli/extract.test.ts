// Extraction from the command line by two people, then the analysis on the reconciled values.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { SqliteStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'metasift-extract-'));
const p = join(dir, 'x.metasift');
function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('metasift extract and analyze --project', () => {
  it('two extractors enter arm data; a discrepancy is listed, reconciled, and the analysis pools the agreed values', () => {
    expect(cli('init', p, '--reviewer', 'ann', '--reviewer', 'bo').code).toBe(0);
    expect(cli('extract', p, 'outcome', 'remission', '--type', 'binary', '--unit', 'patients', '--timepoint', '6 months', '--by', 'ann').code).toBe(0);
    for (const s of ['Trial A', 'Trial B']) expect(cli('extract', p, 'study', s, '--by', 'ann').code).toBe(0);
    const arm = (who: string, study: string, arm: string, group: string, events: number, n: number) =>
      cli('extract', p, 'arm', '--study', study, '--outcome', 'remission', '--arm', arm, '--group', group, '--events', String(events), '--n', String(n), '--by', who);
    for (const who of ['ann', 'bo']) {
      expect(arm(who, 'Trial A', 'MSC', 'msc', 12, 20).code).toBe(0);
      expect(arm(who, 'Trial A', 'placebo', 'control', 5, 20).code).toBe(0);
      expect(arm(who, 'Trial B', 'MSC low dose', 'msc', 10, 30).code).toBe(0);
      expect(arm(who, 'Trial B', 'MSC high dose', 'msc', 14, 30).code).toBe(0);
      expect(arm(who, 'Trial B', 'placebo', 'control', who === 'ann' ? 9 : 8, 29).code).toBe(0);
    }
    const d = cli('extract', p, 'discrepancies');
    expect(d.out).toContain('Trial B remission, arm placebo events: ann 9 vs bo 8');
    expect(d.out).toContain('1 discrepancies to reconcile.');
    expect(cli('extract', p, 'arm', '--study', 'Trial B', '--outcome', 'remission', '--arm', 'placebo', '--group', 'control', '--events', '9', '--n', '29', '--by', 'ann', '--reconcile', '--why', 'Table 2 says 9/29').code).toBe(0);
    const r = cli('analyze', '--project', p, '--outcome', 'remission', '--measure', 'RR', '--method', 'MH', '--json');
    expect(r.err).toBe('');
    const res = JSON.parse(r.out);
    expect(res.k).toBe(2);
    // MSC arms of Trial B combined: 24/60 against 9/29. M-H RR by hand (Greenland & Robins 1985):
    const rr = (12 * 20 / 40 + 24 * 29 / 89) / (5 * 20 / 40 + 9 * 60 / 89);
    expect(res.transf.est).toBeCloseTo(rr, 12);
  });

  it('export --analysis writes the outcome in metafor columns; rob PROJECT draws the assessments that stand', () => {
    const csv = join(dir, 'remission.csv');
    expect(cli('export', p, '--analysis', 'remission', '--out', csv).out).toContain('Wrote 2 studies of remission');
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('study,ai,n1i,ci,n2i,source,conversion');
    expect(lines[2]).toMatch(/^Trial B,24,60,9,29,/);
    const store = SqliteStore.open(p);
    const LOW = { '1.1': 'Y', '1.2': 'Y', '1.3': 'N', '2.1': 'N', '2.2': 'N', '2.6': 'Y', '3.1': 'Y', '4.1': 'N', '4.2': 'N', '4.3': 'N', '5.1': 'Y', '5.2': 'N', '5.3': 'N' } as const;
    for (const who of ['ann', 'bo']) {
      store.extraction.assessRob2(1, 'remission', { answers: LOW }, { assessor: who });
      store.extraction.assessRob2(2, 'remission', { answers: { ...LOW, '5.2': 'Y' } }, { assessor: who });
    }
    store.close();
    const svg = join(dir, 'rob.svg');
    expect(cli('rob', p, '--outcome', 'remission', '--out', svg).code).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).toContain('Trial A');
    expect(text).toContain('Trial B');
  });

  it('report PROJECT shows the PRISMA flow, the pooled outcome, its RoB 2 plot and the GRADE certainty', () => {
    const store = SqliteStore.open(p);
    store.extraction.rateGrade('remission', { design: 'rct', downgrades: { imprecision: { levels: 1, reason: 'two small trials' } } }, { by: 'ann' });
    store.close();
    const out = join(dir, 'report');
    const r = cli('report', p, '--out', out, '--no-png');
    expect(r.err).toBe('');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('Study selection (PRISMA 2020)');
    expect(html).toContain('Risk of bias (RoB 2): remission, 6 months');
    expect(html).toContain('⊕⊕⊕◯ moderate');
  });

  it('extract explains a value that cannot be right, naming the field', () => {
    const r = cli('extract', p, 'arm', '--study', 'Trial A', '--outcome', 'remission', '--arm', 'MSC', '--group', 'msc', '--events', '25', '--n', '20', '--by', 'ann');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/events/);
  });
});
