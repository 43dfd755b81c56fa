import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvidence } from '../../../src/review/evidence/index.js';
import { printedTolerance, reproductionMarkdown, reproductionTable } from '../../../src/analysis/evidence/index.js';
import { defaultEvidenceDir } from '../../../src/review/evidence/load.js';

const base = loadEvidence();
const rows = reproductionTable(base);

describe('reproductionTable(base)', () => {
  it('reproductionTable() has one row per published result', () => {
    expect(rows.length).toBe(base.published.length);
  });

  it('reproductionTable() rows either reproduce within the printed precision or give a reason', () => {
    for (const r of rows) {
      if (r.status === 'reproduced') {
        expect(Math.abs(r.difference!), r.id).toBeLessThanOrEqual(printedTolerance(r.published.estimate));
      } else {
        expect(r.reason.length, r.id).toBeGreaterThan(20);
      }
    }
  });

  it("reproductionTable() reproduces Zeng 2022's RA response rate 54% from Yang 2018's 28/52", () => {
    const r = rows.find((x) => x.id === 'ZENG2022-RA-1')!;
    expect(r.status).toBe('reproduced');
    expect(r.metasift!.estimate).toBeCloseTo(28 / 52, 12);
  });

  it("reproductionTable() compares Wang 2023's direction: three windows agree, the 1-year window differs under the I² rule", () => {
    const st = (id: string) => rows.find((x) => x.id === id)!.status;
    expect([st('PF_3M-1'), st('PF_6M-1'), st('PF_GT12M-1')]).toEqual(['direction agrees', 'direction agrees', 'direction agrees']);
    expect(st('PF_12M-1')).toBe('direction differs');
    expect(rows.find((x) => x.id === 'PF_12M-1')!.reason).toMatch(/DerSimonian–Laird/);
  });

  it('reproductionTable() reports IBD clinical efficacy beside Zeng 2025 RR 2.02 without matching it', () => {
    const r = rows.find((x) => x.published.estimate === '2.02')!;
    expect(r.status).toBe('differs');
    expect(r.metasift!.estimate).toBeCloseTo(1.451518, 5);
    expect(r.reason).toMatch(/not retrievable/);
  });

  it('printedTolerance() is half a unit of the last printed decimal', () => {
    expect(printedTolerance('2.02')).toBeCloseTo(0.005, 8);
    expect(printedTolerance('-2.0')).toBeCloseTo(0.05, 8);
    expect(printedTolerance('54')).toBeCloseTo(0.5, 8);
  });
});

describe('reproductionMarkdown(rows)', () => {
  it('reproductionMarkdown() matches docs/reproduction.md (regenerate with scripts/reproduction-table.ts)', () => {
    const doc = readFileSync(join(defaultEvidenceDir(), '..', '..', 'docs', 'reproduction.md'), 'utf8');
    expect(doc).toBe(reproductionMarkdown(rows));
  });
});
