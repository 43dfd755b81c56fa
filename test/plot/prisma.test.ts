import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prismaCounts } from '../../src/plot/prisma/counts.js';
import { prismaPlot } from '../../src/plot/prisma/prisma-plot.js';
import { COLOUR } from '../../src/plot/theme.js';
import { expectGolden } from './helpers/golden.js';
import { dataFile } from './helpers/inputs.js';
import { outside, overlaps, texts } from './helpers/svg-text.js';

const load = (f: string) => prismaCounts(JSON.parse(readFileSync(f, 'utf8')));
const fresh = prismaPlot(load(dataFile('prisma-new.json')));
const updated = prismaPlot(load(dataFile('prisma-updated.json')), { theme: COLOUR });
const msc = prismaPlot(load(new URL('../../data/msc-autoimmune/prisma.json', import.meta.url).pathname));
const strings = (svg: string) => texts(svg).map((t) => t.text);

describe('prismaPlot', () => {
  it('prismaPlot(new review with other methods) matches the golden SVG', () => expectGolden('prisma-new', fresh));
  it('prismaPlot(updated review) matches the golden SVG', () => expectGolden('prisma-updated', updated));

  it('prismaPlot(new) shows every source, count and exclusion reason', () => {
    const s = strings(fresh).join('\n');
    for (const x of ['PubMed (n = 1,204)', '中国知网 (CNKI) (n = 455)', 'Databases (n = 3,847):', 'Records screened', '(n = 2,613)', 'Not a randomised controlled trial (n = 61)', 'Studies included in review (n = 15)', 'Identification of studies via other methods', 'Citation searching (n = 23)']) {
      expect(s).toContain(x);
    }
  });

  it('prismaPlot(an empty list of registers) reads "Registers (n = 0)" with no dangling colon', () => {
    const json = JSON.parse(readFileSync(dataFile('prisma-new.json'), 'utf8'));
    const s = strings(prismaPlot(prismaCounts({ ...json, identification: { ...json.identification, registers: [] } })));
    expect(s).toContain('Registers (n = 0)');
    expect(s.filter((t) => t.startsWith('Registers'))).toEqual(['Registers (n = 0)']);
  });

  it('prismaPlot(no reports excluded yet) reads "Reports excluded (n = 0)", not a heading over nothing', () => {
    const json = JSON.parse(readFileSync(dataFile('prisma-new.json'), 'utf8'));
    const s = strings(prismaPlot(prismaCounts({ ...json, eligibility: { ...json.eligibility, excluded: [] }, other_methods: { ...json.other_methods, excluded: [] } })));
    expect(s).not.toContain('Reports excluded:');
    const at = s.flatMap((t, i) => (t === 'Reports excluded' ? [i] : []));
    expect(at).toHaveLength(2); // databases and other methods
    for (const i of at) expect(s[i + 1]).toBe('(n = 0)');
  });

  it('prismaPlot(updated) adds the previous studies and the totals', () => {
    const s = strings(updated).join(' ');
    expect(s).toContain('Studies included in previous version of review (n = 9)');
    expect(s).toContain('Total studies included in review (n = 15)');
    expect(s).toContain('New studies included in review (n = 6)');
  });

  it('prismaPlot(counts with nulls) writes "not reported", never 0', () => {
    const s = strings(msc).join(' ');
    expect(s).toContain('(n = 7,938)');
    expect(s).toContain('(n = not reported)');
    expect(s).not.toMatch(/n = 0\b/);
  });

  it('prismaPlot(...) places no two pieces of text over each other and none outside the picture', () => {
    for (const svg of [fresh, updated, msc]) {
      const boxes = texts(svg);
      expect(overlaps(boxes)).toEqual([]);
      expect(outside(svg, boxes)).toEqual([]);
    }
  });

  it('prismaCounts(json) names the field that is wrong', () => {
    expect(() => prismaCounts({ screening: { screened: -1 } })).toThrow(/'screening.screened' should be a whole number/);
    expect(() => prismaCounts({ template: 'old' })).toThrow(/'template' should be "new" or "updated"/);
    expect(() => prismaCounts({ eligibility: { excluded: [{ n: 3 }] } })).toThrow(/eligibility.excluded\[0\].reason/);
  });
});
