// `metasift report FILE.rm5`: every outcome of a real RevMan review drawn with RevMan's own numbers.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { revmanForest } from '../../src/analysis/revman-forest.js';
import { recomputeReview } from '../../src/analysis/revman-review.js';
import { readRm5 } from '../../src/io/rm5/index.js';

const shared = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'revman');
const benzo = join(shared, 'Benzodiazepines_versus_pregabalin_for_GAD.rm5');

describe('RevMan reviews as forest plots', () => {
  it('revmanForest(outcome) carries RevMan\'s recomputed numbers, on the log scale for ratios', () => {
    const review = readRm5(benzo);
    const rec = recomputeReview(review);
    const o = rec.outcomes[0];
    const f = revmanForest(o, review.comparisons[0].outcomes[0]);
    expect(f.result.transf.est).toBe(o.result.EFFECT_SIZE);
    expect(f.result.b).toBeCloseTo(Math.log(o.result.EFFECT_SIZE), 14);
    expect(f.result.method).toBe('MH-RE');
    expect(f.result.studies).toHaveLength(o.studies.length);
    expect(f.arms?.kind).toBe('binary');
  });

  it('metasift report REVIEW.rm5 draws one forest plot per outcome, with RevMan\'s words', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'metasift-rm5-')), 'r');
    let err = '';
    const code = run(['report', benzo, '--out', out, '--no-png'], { out: () => {}, err: (s) => (err += s) });
    expect(err).toBe('');
    expect(code).toBe(0);
    const rec = recomputeReview(readRm5(benzo));
    expect(readdirSync(join(out, 'figures')).filter((f) => f.endsWith('.svg'))).toHaveLength(rec.outcomes.length);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('M-H, Random, 95% CI');
    expect(html).toContain('Against the results RevMan stored in the file');
    expect(existsSync(join(out, 'results.json'))).toBe(true);
  });
});
