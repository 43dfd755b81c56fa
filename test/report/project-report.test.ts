/**
 * projectReport: an outcome whose data cannot be pooled gets a note in its own section
 * ("… could not be pooled: why") and a row of the summary of findings saying so; the other
 * outcomes, the PRISMA figure and the rest of the report are made as usual.
 */
import { describe, expect, it } from 'vitest';
import { projectTable } from '../../src/analysis/project-table.js';
import { renderReport } from '../../src/report/html-report.js';
import { projectReport } from '../../src/report/project-report.js';
import { prismaFromLedger } from '../../src/review/prisma-ledger.js';
import { SqliteStore } from '../../src/store/index.js';

function store(): SqliteStore {
  let t = Date.UTC(2025, 0, 1);
  const s = SqliteStore.open(':memory:', { now: () => new Date((t += 1000)).toISOString() });
  s.addReviewer({ id: 'ann', name: 'Ann', canResolve: true });
  const x = s.extraction;
  x.defineOutcome({ name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'ann' });
  x.defineOutcome({ name: 'relapse', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'ann' });
  for (const [label, a, n1, c, n2] of [['Li 2021', 4, 40, 11, 40], ['Shi 2012', 6, 30, 12, 30]] as const) {
    const { id } = x.addStudy({ label, by: 'ann' });
    for (const o of ['death', 'relapse']) {
      x.enterArm(id, o, 'MSC', { group: 'msc', value: { type: 'events', events: a, n: n1 } }, { extractor: 'ann' });
      x.enterArm(id, o, 'Control', { group: 'control', value: { type: 'events', events: c, n: n2 } }, { extractor: 'ann' });
    }
  }
  return s;
}

describe('projectReport', () => {
  it('an outcome that cannot be pooled is a note in its section, not a failed report', () => {
    const s = store();
    try {
      const death = projectTable(s, 'death');
      const relapse = projectTable(s, 'relapse');
      // a cell the analysis cannot read
      const broken = { ...relapse, rows: relapse.rows.map((r, i) => (i === 0 ? [r[0], 'four', ...r.slice(2)] : r)) };
      const { model, results } = projectReport({
        title: 'Review',
        prisma: prismaFromLedger(s.ledger()).counts,
        outcomes: [
          { table: broken, rob: [], grade: undefined },
          { table: death, rob: [], grade: undefined },
        ],
      });
      expect(results.map((r) => [r.outcome, r.result === null ? null : r.result.k])).toEqual([['relapse', null], ['death', 2]]);
      const section = model.sections.find((x) => x.id === 'outcome-relapse')!;
      expect(section.notes?.[0]).toMatch(/^relapse, 12 months could not be pooled: outcome 'relapse', line 2, column 'ai': .+/);
      expect(section.figures ?? []).toEqual([]);
      expect(section.paragraphs?.[0]).toBe('Analysis: RR, Mantel–Haenszel, fixed effect (the default; no analysis has been saved for this outcome).');
      expect(model.sections.find((x) => x.id === 'outcome-death')!.figures?.map((f) => f.name)).toEqual(['forest-death']);
      const summary = model.sections.find((x) => x.id === 'summary')!.tables![0];
      expect(summary.rows[0]).toEqual(['relapse, 12 months', '2', '', 'could not be pooled', '', '', '']);
      expect(summary.rows[1][1]).toBe('2');
      expect(renderReport(model)).toContain('could not be pooled');
    } finally {
      s.close();
    }
  });
});
