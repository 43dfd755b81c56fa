/** RevMan 5 "Export data and analyses" CSV and RevMan Web data packages, recomputed against their stored (rounded) values. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recomputeReview } from '../../../src/analysis/revman-review.js';
import { parseRevman5Csv, readRevmanWebPackage, readRm5, writeRevmanWebCsv } from '../../../src/io/rm5/index.js';
import { FileFormatError } from '../../../src/io/errors.js';

const dir = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'revman', 'csv_exports');

/** Each stored value agrees to the rounding of the export (8 or 6 decimals). */
function expectRounded(review: ReturnType<typeof recomputeReview>, decimals: number) {
  let n = 0;
  for (const o of review.outcomes) {
    for (const m of o.check?.mismatches ?? []) {
      const [, stored, recomputed] = /stored (\S+), recomputed (\S+)/.exec(m)!;
      expect(Math.abs(Number(stored) - Number(recomputed)), m).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
    }
    n += o.check?.compared ?? 0;
  }
  return n;
}

describe('RevMan CSV exports', () => {
  it('parseRevman5Csv(Fleiss1993 export) recomputes the M-H OR and the MD outcome to the 8 exported decimals', () => {
    const file = join(dir, 'Fleiss1993_CR_revman5_export.csv');
    const review = parseRevman5Csv(readFileSync(file, 'utf8'), file);
    const [or, md] = review.comparisons[0].outcomes;
    expect([or.type, or.rows.length, md.type, md.attributes.EFFECT_MEASURE]).toEqual(['DICH', 7, 'CONT', 'MD']);
    const r = recomputeReview(review, { check: true });
    expect(expectRounded(r, 8)).toBe(90);
    expect(r.outcomes[1].result.EFFECT_SIZE).toBeCloseTo(-0.70938839, 8);
  });

  it('readRevmanWebPackage(dir) reads the three CSVs and agrees to the 6 exported decimals', () => {
    const review = readRevmanWebPackage(join(dir, 'Fleiss1993_revmanweb_datapackage_v1'));
    expect(review.comparisons[0].outcomes.map((o) => o.attributes.EFFECT_MEASURE)).toEqual(['OR', 'SMD']);
    const r = recomputeReview(review, { check: true });
    expect(r.outcomes[0].check).toBeDefined();
    expect(r.outcomes[1].check).toBeUndefined();
    expect(expectRounded(r, 6)).toBeGreaterThan(40);
  });

  it('parseRevman5Csv(text) rejects a CSV without RevMan columns', () => {
    expect(() => parseRevman5Csv('a,b\n1,2\n', 'x.csv')).toThrow(FileFormatError);
  });

  it('writeRevmanWebCsv(review) writes one data row per study row with the web column names', () => {
    const csv = writeRevmanWebCsv(readRm5(join(dir, '..', 'Fleiss1993.rm5')));
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]).toMatch(/^Analysis group,Analysis number,Analysis name,Subgroup/);
    expect(lines[1]).toMatch(/^1,1,Aspirin for Preventing Death after Myocardial Infarction,,SUBGROUP_AND_OVERALL,MRC-1,/);
  });
});
