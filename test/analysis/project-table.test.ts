import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { projectTable } from '../../src/analysis/project-table.js';
import type { SqliteStore } from '../../src/store/index.js';
import { screeningStore } from '../store/helpers.js';

let s: SqliteStore;
beforeEach(() => {
  s = screeningStore(2);
  const x = s.extraction;
  x.defineOutcome({ name: 'SLEDAI', type: 'continuous', unit: 'points', lowerIsBetter: true, timepoint: '12 months' }, { by: 'ana' });
  x.defineOutcome({ name: 'Remission', type: 'binary', unit: 'patients', lowerIsBetter: false, timepoint: '12 months' }, { by: 'ana' });
  x.addStudy({ label: 'Li 2021', by: 'ana', reports: [1] });
  x.addStudy({ label: 'Wang 2019', by: 'ana', reports: [2] });
  for (const e of ['ana', 'bo']) {
    x.enterArm(1, 'SLEDAI', 'MSC', { group: 'msc', value: { type: 'mean_sd', mean: 5, sd: 2, n: 20 } }, { extractor: e });
    x.enterArm(1, 'SLEDAI', 'Placebo', { group: 'control', value: { type: 'mean_sd', mean: 8, sd: 3, n: 20 } }, { extractor: e });
  }
  // Wang: the extractors disagree on the MSC arm (SE 0.5 vs 0.6); cai reconciles to SE 0.5, so SD = 0.5·√25 = 2.5
  x.enterArm(2, 'SLEDAI', 'MSC', { group: 'msc', value: { type: 'mean_se', mean: 4, se: 0.5, n: 25 } }, { extractor: 'ana' });
  x.enterArm(2, 'SLEDAI', 'MSC', { group: 'msc', value: { type: 'mean_se', mean: 4, se: 0.6, n: 25 } }, { extractor: 'bo' });
  x.enterArm(2, 'SLEDAI', 'Control', { group: 'control', value: { type: 'mean_sd', mean: 6, sd: 2, n: 25 } }, { extractor: 'ana' });
});
afterEach(() => s.close());

describe('projectTable()', () => {
  it('projectTable(store, outcome) leaves out a study with an unreconciled disagreement, saying so', () => {
    const t = projectTable(s, 'SLEDAI');
    expect(t.rows.map((r) => r[0])).toEqual(['Li 2021']);
    expect(t.warnings).toEqual(["Wang 2019: extractors disagree on arm 'MSC' and nobody has reconciled it; the study is left out."]);
  });

  it('projectTable(store, outcome) gives metafor columns with conversions recorded, and analyzeTable pools it', () => {
    s.extraction.reconcile(2, { item: 'arm', outcome: 'SLEDAI', arm: 'MSC' }, { group: 'msc', value: { type: 'mean_se', mean: 4, se: 0.5, n: 25 } }, { by: 'cai', why: 'Table 3' });
    const t = projectTable(s, 'SLEDAI');
    expect(t.columns).toEqual(['study', 'm1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i', 'source', 'conversion']);
    expect(t.rows).toEqual([
      ['Li 2021', '5', '2', '20', '8', '3', '20', 'agreed', 'msc: MSC; control: Placebo'],
      ['Wang 2019', '4', '2.5', '25', '6', '2', '25', 'reconciled+single', 'msc: MSC (se_to_sd); control: Control'],
    ]);
    expect(t.warnings).toEqual(['Values checked by one extractor only: Wang 2019.']);
    expect(t.notes[1].sources).toEqual({ MSC: 'reconciled', Control: 'single' });
    // By hand, MD with inverse-variance weights (common effect):
    //   Li:   yi = 5 − 8 = −3, vi = 2²/20 + 3²/20 = 0.65
    //   Wang: yi = 4 − 6 = −2, vi = 2.5²/25 + 2²/25 = 0.41
    //   w = 1/0.65, 1/0.41; b = Σw·yi/Σw = −2.386792; se = 1/√Σw = 0.501413
    const w = [1 / 0.65, 1 / 0.41];
    const b = (w[0] * -3 + w[1] * -2) / (w[0] + w[1]);
    const r = analyzeTable(t, { measure: 'MD', method: 'EE' });
    expect(b).toBeCloseTo(-2.386792, 6);
    expect(r.k).toBe(2);
    expect(r.b).toBeCloseTo(b, 10);
    expect(r.se).toBeCloseTo(1 / Math.sqrt(w[0] + w[1]), 10);
    expect(r.studies.map((x) => x.study)).toEqual(['Li 2021', 'Wang 2019']);
  });

  it('projectTable(store, outcome) combines several MSC arms and gives ai, n1i, ci, n2i for a binary outcome', () => {
    const x = s.extraction;
    x.enterArm(1, 'Remission', 'Low dose', { group: 'msc', value: { type: 'events', events: 4, n: 10 } }, { extractor: 'ana' });
    x.enterArm(1, 'Remission', 'High dose', { group: 'msc', value: { type: 'events', events: 6, n: 10 } }, { extractor: 'ana' });
    x.enterArm(1, 'Remission', 'Placebo', { group: 'control', value: { type: 'events', events: 3, n: 20 } }, { extractor: 'ana' });
    x.enterArm(1, 'Remission', 'Tacrolimus', { group: 'none', value: { type: 'events', events: 9, n: 20 } }, { extractor: 'ana' });
    const t = projectTable(s.extraction, 'Remission');
    expect(t.columns.slice(0, 5)).toEqual(['study', 'ai', 'n1i', 'ci', 'n2i']);
    expect(t.rows).toEqual([['Li 2021', '10', '20', '3', '20', 'single', 'msc: Low dose + High dose; control: Placebo']]);
    // RR = (10/20)/(3/20) = 3.333; log RR = 1.203973
    expect(analyzeTable(t, { measure: 'RR', method: 'EE' }).b).toBeCloseTo(Math.log(10 / 3), 10);
  });

  it('projectTable(store, outcome) converts a median with its IQR and warns about a study with no control arm', () => {
    const x = s.extraction;
    x.addStudy({ label: 'Zhou 2020', by: 'ana' });
    x.enterArm(3, 'SLEDAI', 'MSC', { group: 'msc', value: { type: 'median', median: 5, q1: 3, q3: 8, n: 30 } }, { extractor: 'ana' });
    const t = projectTable(s, 'SLEDAI');
    expect(t.warnings).toContain("Zhou 2020: no arm is flagged 'control' (group), so the study has no control group. The study is left out.");
    x.enterArm(3, 'SLEDAI', 'Control', { group: 'control', value: { type: 'median', median: 7, q1: 4, q3: 11, n: 30 } }, { extractor: 'ana' });
    const row = projectTable(s, 'SLEDAI').rows.find((r) => r[0] === 'Zhou 2020')!;
    expect(row.at(-1)).toBe('msc: MSC (median_iqr); control: Control (median_iqr)');
  });

  it('projectTable(store, name) refuses an unknown outcome', () => {
    expect(() => projectTable(s, 'Nope')).toThrow("Unknown outcome 'Nope': expected one of SLEDAI, Remission.");
  });
});

describe('projectTable(store, outcome, { characteristics })', () => {
  const chars = (study: number, values: object, who: string) => s.extraction.enterCharacteristics(study, values, { extractor: who });
  const reconcileWang = () =>
    s.extraction.reconcile(2, { item: 'arm', outcome: 'SLEDAI', arm: 'MSC' }, { group: 'msc', value: { type: 'mean_se', mean: 4, se: 0.5, n: 25 } }, { by: 'cai', why: 'Table 3' });

  it('adds the chosen characteristics as columns after the others, agreed, reconciled or a single extractor\'s', () => {
    reconcileWang();
    for (const who of ['ana', 'bo']) chars(1, { msc_source: 'umbilical_cord', route: 'intravenous' }, who);
    chars(2, { msc_source: 'bone marrow', disease: 'SLE' }, 'ana');
    const t = projectTable(s, 'SLEDAI', { characteristics: ['msc_source', 'route'] });
    expect(t.columns).toEqual(['study', 'm1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i', 'source', 'conversion', 'msc_source', 'route']);
    expect(t.rows.map((r) => r.slice(-3))).toEqual([
      ['msc: MSC; control: Placebo', 'umbilical_cord', 'intravenous'],
      ['msc: MSC (se_to_sd); control: Control', 'bone marrow', ''],
    ]);
    expect(t.notes.map((n) => n.characteristics.msc_source)).toEqual([{ value: 'umbilical_cord', source: 'agreed' }, { value: 'bone marrow', source: 'single' }]);
    // without characteristics the table is as before
    expect(projectTable(s, 'SLEDAI').columns.at(-1)).toBe('conversion');
    // a reconciled value replaces the extractors'
    s.extraction.reconcile(2, { item: 'characteristics' }, { msc_source: 'adipose' }, { by: 'cai', why: 'Methods section' });
    expect(projectTable(s, 'SLEDAI', { characteristics: ['msc_source'] }).rows[1].at(-1)).toBe('adipose');
  });

  it('a field the extractors give alike still counts when they differ on another; a field they differ on is left empty with a warning', () => {
    reconcileWang();
    chars(2, { msc_source: 'bone marrow', dose: '1×10⁶/kg' }, 'ana');
    chars(2, { msc_source: 'bone marrow', dose: '2×10⁶/kg' }, 'bo');
    const t = projectTable(s, 'SLEDAI', { characteristics: ['msc_source', 'dose', 'disease'] });
    expect(t.rows[1].slice(-3)).toEqual(['bone marrow', '', '']);
    expect(t.notes[1].characteristics).toEqual({ msc_source: { value: 'bone marrow', source: 'agreed' }, dose: { value: '', source: 'disputed' }, disease: { value: '', source: 'none' } });
    expect(t.warnings).toContain('Wang 2019: extractors disagree on dose and nobody has reconciled it; the cell is left empty.');
    // Li 2021 has no characteristics at all: empty cells
    expect(t.rows[0].slice(-3)).toEqual(['', '', '']);
  });

  it('subgroups by a characteristic column: analyzeTable pools each level', () => {
    reconcileWang();
    chars(1, { msc_source: 'umbilical_cord' }, 'ana');
    chars(2, { msc_source: 'bone_marrow' }, 'ana');
    const r = analyzeTable(projectTable(s, 'SLEDAI', { characteristics: ['msc_source'] }), { measure: 'MD', method: 'EE', subgroup: 'msc_source' });
    const levels = r.subgroups!.levels;
    expect(levels.map((g) => g.subgroup)).toEqual(['bone_marrow', 'umbilical_cord']);
    // one study each: the level's MD is the study's (Wang 4 − 6, Li 5 − 8)
    expect(levels[0].b).toBeCloseTo(-2, 12);
    expect(levels[1].b).toBeCloseTo(-3, 12);
  });

  it('refuses a name that is not a text characteristic, naming the known ones', () => {
    expect(() => projectTable(s, 'SLEDAI', { characteristics: ['source_of_cells'] })).toThrow(
      'Unknown study characteristic "source_of_cells": expected one of disease, condition, msc_source, msc_source_detail, dose, route, co_therapy, control, arm_sizes, follow_up, registration, notes.',
    );
    expect(() => projectTable(s, 'SLEDAI', { characteristics: ['n_msc'] })).toThrow('Unknown study characteristic "n_msc"');
  });
});
