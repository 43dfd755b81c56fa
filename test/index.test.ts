// The public entry point: what a library user imports, used the way the README shows.
import { describe, expect, it } from 'vitest';
import * as metasift from '../src/index.js';
import { loadFixtures, numbers, scalar } from './helpers/fixtures.js';
import { expectClose } from './helpers/tolerance.js';

describe('metasift as a library', () => {
  it('escalc then rma reproduces metafor on dat.bcg through the public entry point', () => {
    const fx = loadFixtures().find((f) => f.file === 'dat.bcg.json')!;
    const input = (fx.escalc as { id: string; input: Record<string, unknown> }[]).find((c) => c.id === 'bcg-RR')!.input;
    const es = metasift.escalc('RR', { ai: numbers(input.ai), bi: numbers(input.bi), ci: numbers(input.ci), di: numbers(input.di) });
    const res = metasift.rma(es.yi, es.vi, { method: 'REML' });
    const e = (fx.rma as { id: string; result: Record<string, unknown> }[]).find((c) => c.id === 'bcg-RR-REML-z-95')!.result;
    expectClose(res.b, scalar(e.b), 1e-6, 'b');
    expectClose(res.tau2, scalar(e.tau2), 1e-6, 'tau2');
    expectClose(metasift.backTransform('RR').fn(res.b), Math.exp(scalar(e.b)), 1e-12, 'exp(b)');
  });

  it('exports the analyses a reviewer reaches for', () => {
    for (const name of ['rmaMH', 'rmaPeto', 'metaRegression', 'subgroupAnalysis', 'leave1out', 'influence', 'regtest', 'trimfill', 'permutationTest', 'analyzeTable', 'parseCsv']) {
      expect(typeof (metasift as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('the numeric core imports no Node built-ins (it must run in a browser)', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
    const offenders = walk('src/stats').filter((f) => /from 'node:|from '(fs|path|os|child_process)'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
