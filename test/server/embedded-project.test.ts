// The working copy `metasift serve` (and so `npm start`) makes of the embedded review: its records,
// and the curated extraction entered as one extractor's values, which the project's analysis reads.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectTable } from '../../src/analysis/project-table.js';
import { openEmbeddedProject } from '../../src/server/core/embedded-project.js';
import { reportedValue, SEED_EXTRACTOR, seedExtraction } from '../../src/server/core/seed-extraction.js';
import { SqliteStore } from '../../src/store/index.js';
import { loadEvidence } from '../../src/review/evidence/index.js';
import type { ArmRecord } from '../../src/review/evidence/types.js';

const base = loadEvidence();
const project = openEmbeddedProject(mkdtempSync(join(tmpdir(), 'metasift-embedded-')), { required: 1 });
const ex = project.store.extraction;

describe('the embedded working copy', () => {
  it('has one study per trial, each linked to its record and carrying its characteristics', () => {
    const studies = ex.studies();
    expect(studies.map((s) => s.label).sort()).toEqual(base.studies.map((s) => s.study_id).sort());
    const byId = new Map(project.store.records().map((r) => [r.id, r.record.sourceId]));
    for (const s of studies) expect(s.reports.map((id) => byId.get(id))).toEqual([s.label]);
    const garcia = base.studies.find((s) => s.study_id === 'Garcia-Olmo 2009')!;
    const chars = ex.extractions({ studyId: studies.find((s) => s.label === 'Garcia-Olmo 2009')!.id }).find((i) => i.key.item === 'characteristics')!;
    expect(chars.extractor).toBe(SEED_EXTRACTOR);
    expect(chars.data).toMatchObject({ disease: garcia.disease, msc_source: garcia.msc_source, n_msc: garcia.n_msc, n_control: garcia.n_control });
  });

  it('enters every arm with data of the analyses it can seed, once, with the values as printed', () => {
    const seeded = new Set(ex.outcomes().map((o) => o.name));
    expect([...seeded]).toEqual(expect.arrayContaining(['PF_3M', 'PF_6M', 'PF_12M', 'PF_GT12M', 'SLE_SLEDAI', 'SLE_REMISSION']));
    const rows = base.arms.filter((a) => seeded.has(a.analysis) && reportedValue(a) !== null);
    const arms = ex.extractions().filter((i) => i.key.item === 'arm');
    expect(arms).toHaveLength(rows.length);
    const herreros = arms.find((i) => i.key.item === 'arm' && i.key.outcome === 'PF_3M' && i.key.arm === 'arm A ASC 20M')!;
    expect(herreros.data).toEqual({ group: 'msc', value: { type: 'events', events: 17, n: 64 } });
  });

  it('gives each outcome the timepoint most of its rows give, and the direction of its instrument (improvements: more is better)', () => {
    expect(ex.outcome('PF_6M')).toMatchObject({ type: 'binary', unit: 'patients', lowerIsBetter: false, timepoint: 'week 24' });
    expect(ex.outcome('SLE_SLEDAI')).toMatchObject({ type: 'continuous', lowerIsBetter: base.dictionary.sledai.lowerIsBetter, timepoint: 'baseline to 6 months' });
    expect(base.dictionary.cdai.lowerIsBetter).toBe(true);
    expect(ex.outcome('CD_CDAI')).toMatchObject({ lowerIsBetter: false }); // CDAI decrease, recorded as an improvement
  });

  it('leaves out an analysis whose rows mix final values with changes, or whose direction is unknown (a person must choose)', () => {
    // SLE_SLEDAI as curated: both arms are changes from baseline; make the control arm a final value
    // … and take C4 out of the outcome dictionary, so its direction is unknown
    const mixed = {
      ...base,
      arms: base.arms.map((a) => (a.analysis === 'SLE_SLEDAI' && a.group === 'control' ? { ...a, value_type: 'final' as const } : a)),
      dictionary: Object.fromEntries(Object.entries(base.dictionary).filter(([k]) => k !== 'c4')),
    };
    const store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'metasift-seed-')), 'p.sqlite'));
    store.importRecords(base.studies.map((s) => ({ sourceId: s.study_id, source: { database: 'test', file: 'x', line: 1 }, title: s.label, authors: [] })), { file: 'x', database: 'test' });
    const counts = seedExtraction(store, mixed);
    expect(store.extraction.outcome('SLE_SLEDAI')).toBeUndefined();
    expect(store.extraction.outcome('SLE_C4')).toBeUndefined();
    expect(store.extraction.outcome('SLE_C3')).toBeDefined();
    expect(counts.outcomes).toBe(ex.outcomes().length - 2);
    store.close();
  });

  it('gives the analysis the combined arm counts of each fistula trial (summed by hand here)', () => {
    const table = projectTable(project.store, 'PF_3M');
    const sum = (rows: readonly ArmRecord[], g: 'msc' | 'control', k: 'events' | 'n') => rows.filter((a) => a.group === g).reduce((s, a) => s + a[k]!, 0);
    const trials = [...new Set(base.arms.filter((a) => a.analysis === 'PF_3M' && a.events !== null).map((a) => a.study_id))];
    expect(table.rows.map((r) => r[table.columns.indexOf('study')]).sort()).toEqual(trials.sort());
    for (const t of trials) {
      const rows = base.arms.filter((a) => a.analysis === 'PF_3M' && a.study_id === t && a.events !== null);
      const row = table.rows.find((r) => r[table.columns.indexOf('study')] === t)!;
      const cell = (c: string) => Number(row[table.columns.indexOf(c)]);
      expect([cell('ai'), cell('n1i'), cell('ci'), cell('n2i')]).toEqual([sum(rows, 'msc', 'events'), sum(rows, 'msc', 'n'), sum(rows, 'control', 'events'), sum(rows, 'control', 'n')]);
    }
  });
});
