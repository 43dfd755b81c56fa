// The main job end to end: `metasift report` with no plan, as `npm start` runs it, in a temporary folder.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { reproductionTable, runEvidencePlan } from '../../src/analysis/evidence/index.js';
import { loadEvidence } from '../../src/review/evidence/index.js';

describe('the main job (metasift report on the embedded MSC evidence)', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'metasift-main-')), 'report');
  let out = '';
  let err = '';
  const code = run(['report', '--out', dir], { out: (s) => (out += s), err: (s) => (err += s) });

  it('writes index.html, every figure as SVG and PNG, and results.json, and names the folder', () => {
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(join(dir, 'index.html'));
    const figures = readdirSync(join(dir, 'figures'));
    for (const name of ['prisma', 'forest-PF_3M', 'forest-PF_6M', 'forest-PF_12M', 'forest-PF_GT12M']) {
      expect(figures).toContain(`${name}.svg`);
      expect(figures).toContain(`${name}.png`);
    }
    expect(existsSync(join(dir, 'results.json'))).toBe(true);
  });

  it('the report shows the pooled fistula results the evidence runner computes, and says what is missing', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const base = loadEvidence();
    const pub = runEvidencePlan(base, 'as-published');
    const pf3 = pub.analyses.find((a) => a.id === 'PF_3M')!.pooled!;
    expect(html).toContain(`Risk Ratio ${pf3.estimate.toFixed(2)} (95% CI ${pf3.ci_lb.toFixed(2)} to ${pf3.ci_ub.toFixed(2)})`);
    expect(html).toContain('Records identified');
    expect(html).toContain('7,938');
    expect(html).toContain('Reproduction of published pooled results');
    expect(html).toContain('Single-arm evidence in SLE');
    // an analysis that cannot be pooled says why in words
    const notPooled = pub.analyses.find((a) => a.status === 'not-poolable')!;
    expect(html).toContain(notPooled.missing[0].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    expect(reproductionTable(base).length).toBeGreaterThan(0);
  });
});
