/**
 * The page's glue, without a browser: the edited table reaches the core as the CSV
 * reader would give it, every data kind pools, subgroups and CSV round trips work.
 */
import { describe, expect, test } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { parseCsv } from '../../src/io/csv/parse-csv.js';
import { exampleTable } from '../../web/src/analysis/example.js';
import { characteristicByStudy, studyTableOf } from '../../web/src/analysis/handoff.js';
import { tableFromCsv } from '../../web/src/analysis/open-csv.js';
import { runAnalysis, type AnalysisChoices } from '../../web/src/analysis/run-analysis.js';
import { toCsv, toCsvTable, type StudyTable } from '../../web/src/analysis/study-table.js';

const LABELS = { favoursExp: 'Favours experimental', favoursCtl: 'Favours control', exp: 'Experimental', ctl: 'Control' };
const MH: AnalysisChoices = { measure: 'RR', method: 'MH', test: 'z', level: 95, prediction: false, higherIsBetter: true };

describe('runAnalysis(table, choices, labels)', () => {
  test('pools the example exactly as analyzeTable pools its CSV', () => {
    const run = runAnalysis(exampleTable(), MH, LABELS);
    const fromCsv = analyzeTable(parseCsv(toCsv(exampleTable()), 'x.csv'), { measure: 'RR', method: 'MH' });
    expect(run.main.ok && run.main.value.transf).toEqual(fromCsv.transf);
    expect(run.forestSvg).toContain('Zhou 2020');
    expect(run.leave1out?.ok && run.leave1out.value).toHaveLength(5);
    expect(run.bias?.ok).toBe(true);
    expect(run.funnelSvg).toContain('<svg');
  });

  test('ignores rows left empty and numbers rows as the page shows them', () => {
    const t = exampleTable();
    const withBlank: StudyTable = { ...t, rows: [t.rows[0], { id: 99, study: '', subgroup: '', values: {} }, ...t.rows.slice(1)] };
    const csv = toCsvTable(withBlank);
    expect(csv.rows).toHaveLength(5);
    expect(csv.lines).toEqual([1, 3, 4, 5, 6]);
  });

  test('draws subgroups and the test for subgroup differences', () => {
    const t = exampleTable();
    const table: StudyTable = { ...t, subgroups: true, rows: t.rows.map((r, i) => ({ ...r, subgroup: i < 2 ? 'autologous' : 'allogeneic' })) };
    const run = runAnalysis(table, { ...MH, method: 'DL', measure: 'RR' }, LABELS);
    expect(run.main.ok).toBe(true);
    const s = run.main.ok ? run.main.value.subgroups! : undefined;
    expect(s?.levels.map((l) => l.subgroup)).toEqual(['allogeneic', 'autologous']);
    expect(s?.test_subgroup_diff.df).toBe(1);
    expect(run.forestSvg).toContain('allogeneic');
  });

  test('pools generic effect sizes with standard errors', () => {
    const table: StudyTable = {
      kind: 'yi-sei',
      subgroups: false,
      rows: [['A', '0.1', '0.2'], ['B', '0.3', '0.1'], ['C', '-0.1', '0.25']].map(([study, yi, sei], id) => ({ id, study, subgroup: '', values: { yi, sei } })),
    };
    const run = runAnalysis(table, { ...MH, measure: 'GEN', method: 'REML' }, LABELS);
    expect(run.main.ok).toBe(true);
  });

  test('reports a cell that is not a number by its row and column', () => {
    const t = exampleTable();
    const bad: StudyTable = { ...t, rows: t.rows.map((r, i) => (i === 3 ? { ...r, values: { ...r.values, ci: 'nine' } } : r)) };
    const run = runAnalysis(bad, MH, LABELS);
    expect(run.main.ok).toBe(false);
    expect(!run.main.ok && (run.main.error as { line: number; column: string })).toMatchObject({ line: 4, column: 'ci' });
  });
});

describe('tableFromCsv(text, file)', () => {
  test('reads back what toCsv writes', () => {
    expect(tableFromCsv(toCsv(exampleTable()), 'studies.csv')).toEqual(exampleTable());
  });

  test('turns non-events (bi, di) into totals', () => {
    const t = tableFromCsv('study,ai,bi,ci,di\nA,1,9,2,8\n', 'x.csv');
    expect(t?.kind).toBe('binary');
    expect(t?.rows[0].values).toEqual({ ai: '1', n1i: '10', ci: '2', n2i: '10' });
  });
});

describe('studyTableOf(projectTable, subgroupBy) and characteristicByStudy', () => {
  const pt = {
    file: "outcome 'death'",
    columns: ['study', 'ai', 'n1i', 'ci', 'n2i', 'source', 'conversion', 'msc_source', 'route'],
    rows: [
      ['Li 2021', '4', '40', '11', '40', 'agreed', 'msc: MSC; control: Control', 'umbilical_cord', 'intravenous'],
      ['Shi 2012', '6', '30', '12', '30', 'single', 'msc: MSC; control: Control', 'bone_marrow', ''],
    ],
    lines: [2, 3],
    outcome: { id: 1, name: 'death', type: 'binary' as const, unit: 'events', lowerIsBetter: true, timepoint: '12 months' },
    notes: [],
    warnings: [],
  };

  test('the metafor columns become the table; the characteristic asked for becomes the Subgroup column', () => {
    const plain = studyTableOf(pt)!;
    expect(plain.kind).toBe('binary');
    expect(plain.subgroups).toBe(false);
    expect(plain.rows.map((r) => [r.study, r.values.ai, r.values.n2i])).toEqual([['Li 2021', '4', '40'], ['Shi 2012', '6', '30']]);
    const grouped = studyTableOf(pt, 'msc_source')!;
    expect(grouped.subgroups).toBe(true);
    expect(grouped.rows.map((r) => r.subgroup)).toEqual(['umbilical_cord', 'bone_marrow']);
    const run = runAnalysis(grouped, MH, LABELS);
    expect(run.main.ok && run.main.value.subgroups!.levels.map((l) => l.subgroup)).toEqual(['bone_marrow', 'umbilical_cord']);
    expect([...characteristicByStudy(pt, 'route')]).toEqual([['Li 2021', 'intravenous'], ['Shi 2012', '']]);
    expect(characteristicByStudy(pt, 'dose').size).toBe(0);
  });
});
