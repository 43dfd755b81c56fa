import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExtractionError } from '../../src/review/extraction/index.js';
import { MIGRATIONS, migrate, schemaVersion, type SqliteStore } from '../../src/store/index.js';
import { screeningStore, rec } from './helpers.js';

let s: SqliteStore;
beforeEach(() => {
  s = screeningStore(4);
  s.extraction.defineOutcome({ name: 'SLEDAI', type: 'continuous', unit: 'points', lowerIsBetter: true, timepoint: '12 months' }, { by: 'ana' });
  s.extraction.defineOutcome({ name: 'Remission', type: 'binary', unit: 'patients', lowerIsBetter: false, timepoint: '12 months' }, { by: 'ana' });
});
afterEach(() => s.close());

const MSC = { group: 'msc', value: { type: 'mean_sd', mean: 5, sd: 2, n: 20 } } as const;

describe('migration 002 (extraction)', () => {
  it('migrate(db, 2) adds the extraction tables to a version-1 project with its data in place, and down removes them', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.prepare(`INSERT INTO import_batches (file, database, count, imported_at) VALUES ('f', 'PubMed', 1, 't')`).run();
    db.prepare(`INSERT INTO records (batch_id, source_id, database, title, json) VALUES (1, 'R1', 'PubMed', 'A trial', ?)`).run(JSON.stringify(rec(1)));
    db.prepare(`INSERT INTO reviewers (id, name, can_resolve, added_at) VALUES ('ana', 'Ana', 0, 't')`).run();
    expect(migrate(db, 2)).toBe(2);
    db.prepare(`INSERT INTO studies (label, added_by, added_at) VALUES ('Li 2021', 'ana', 't')`).run();
    db.prepare(`INSERT INTO study_reports (study_id, record_id, linked_by, linked_at) VALUES (1, 1, 'ana', 't')`).run();
    expect(db.prepare(`SELECT count(*) AS n FROM records`).get()).toEqual({ n: 1 });
    expect(() => db.prepare(`UPDATE studies SET label = 'x'`).run()).toThrow(/studies is append-only/);
    expect(migrate(db, 1)).toBe(1);
    const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view')`).all() as { name: string }[]).map((r) => r.name);
    expect(names).not.toContain('studies');
    expect(names).toContain('records');
    expect(db.prepare(`SELECT title FROM records`).get()).toEqual({ title: 'A trial' });
    expect(schemaVersion(db)).toBe(1);
    db.close();
  });

  it('SqliteStore.open() brings a new project to the latest version, 3', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1, 2, 3]);
    expect(s.schemaVersion).toBe(3);
  });
});

describe('SqliteStore.extraction studies and outcomes', () => {
  it('addStudy() links a study to its reports; linkReport() adds one', () => {
    const st = s.extraction.addStudy({ label: 'Li 2021', by: 'ana', reports: [1] });
    expect(st).toEqual({ id: 1, label: 'Li 2021', reports: [1] });
    expect(s.extraction.linkReport(st.id, 3, { by: 'bo' }).reports).toEqual([1, 3]);
    expect(() => s.extraction.linkReport(st.id, 99, { by: 'bo' })).toThrow(/unknown record 99/);
    expect(() => s.extraction.addStudy({ label: 'Li 2021', by: 'ana' })).toThrow(/UNIQUE/);
    expect(s.extraction.studies().map((x) => x.label)).toEqual(['Li 2021']);
  });

  it('defineOutcome() checks and keeps the definition', () => {
    expect(s.extraction.outcome('SLEDAI')).toEqual({ id: 1, name: 'SLEDAI', type: 'continuous', unit: 'points', lowerIsBetter: true, timepoint: '12 months' });
    expect(() => s.extraction.defineOutcome({ name: 'SLEDAI', type: 'continuous', unit: 'points', lowerIsBetter: true, timepoint: '6 months' }, { by: 'ana' })).toThrow(/already defined/);
    expect(() => s.extraction.defineOutcome({ name: 'X', type: 'rate' as 'binary', unit: 'u', lowerIsBetter: true, timepoint: 't' }, { by: 'ana' })).toThrow(/defineOutcome: Unknown outcome 'type' "rate"/);
  });
});

describe('SqliteStore.extraction values', () => {
  beforeEach(() => {
    s.extraction.addStudy({ label: 'Li 2021', by: 'ana', reports: [1] });
  });

  it('enterArm() validates on entry, naming the study, outcome, arm and field', () => {
    try {
      s.extraction.enterArm(1, 'Remission', 'MSC', { group: 'msc', value: { type: 'events', events: 12, n: 10 } }, { extractor: 'ana' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExtractionError);
      expect((e as ExtractionError).field).toBe('events');
      expect((e as Error).message).toBe("enterArm (study Li 2021, Remission, arm MSC): 'events' = 12 is more than the arm's total 'n' = 10.");
    }
    expect(() => s.extraction.enterArm(1, 'Nope', 'MSC', MSC, { extractor: 'ana' })).toThrow(/unknown outcome "Nope"/);
    expect(() => s.extraction.enterArm(1, 'SLEDAI', 'MSC', MSC, { extractor: 'zed' })).toThrow(/unknown 'extractor' "zed"/);
    expect(s.extraction.extractions()).toEqual([]);
  });

  it('enterArm() again keeps the history: who, when, what before', () => {
    s.extraction.enterArm(1, 'SLEDAI', 'MSC', MSC, { extractor: 'ana' });
    s.extraction.enterArm(1, 'SLEDAI', 'MSC', { ...MSC, value: { ...MSC.value, sd: 2.2 } }, { extractor: 'ana' });
    const h = s.extraction.extractionHistory(1);
    expect(h.map((e) => [e.extractor, (e.data as typeof MSC).value.sd, e.before === null ? null : (e.before as typeof MSC).value.sd])).toEqual([['ana', 2, null], ['ana', 2.2, 2]]);
    expect(h[1].at > h[0].at).toBe(true);
    expect(s.extraction.extractions()).toHaveLength(1);
    expect(() => s.db.prepare(`DELETE FROM extraction_events`).run()).toThrow(/append-only/);
  });

  it('discrepancies() compares two extractors field by field; reconcile() settles them with who and why', () => {
    s.extraction.enterCharacteristics(1, { disease: 'SLE', msc_source: 'umbilical cord', n_msc: 20 }, { extractor: 'ana' });
    s.extraction.enterCharacteristics(1, { disease: 'SLE', msc_source: 'bone marrow', n_msc: 20 }, { extractor: 'bo' });
    s.extraction.enterArm(1, 'SLEDAI', 'MSC', MSC, { extractor: 'ana' });
    s.extraction.enterArm(1, 'SLEDAI', 'MSC', { ...MSC, value: { ...MSC.value, n: 21 } }, { extractor: 'bo' });
    expect(s.extraction.discrepancies().map((d) => [d.item, d.field, d.values, d.reconciled])).toEqual([
      ['arm', 'n', { ana: 20, bo: 21 }, false],
      ['characteristics', 'msc_source', { ana: 'umbilical cord', bo: 'bone marrow' }, false],
    ]);
    const r = s.extraction.reconcile(1, { item: 'arm', outcome: 'SLEDAI', arm: 'MSC' }, MSC, { by: 'cai', why: 'Table 2 gives n = 20 analysed' });
    expect(r).toMatchObject({ studyId: 1, by: 'cai', why: 'Table 2 gives n = 20 analysed', data: MSC });
    expect(s.extraction.discrepancies({ outcome: 'SLEDAI' }).map((d) => d.reconciled)).toEqual([true]);
    expect(() => s.extraction.reconcile(1, { item: 'characteristics' }, { disease: 'SLE' }, { by: 'cai', why: '' })).toThrow(/'why' is required/);
    expect(s.extraction.reconciliations()).toHaveLength(1);
  });

  it('characteristicValues() reads only the characteristics rows, not every arm of every outcome', () => {
    s.extraction.enterCharacteristics(1, { msc_source: 'umbilical cord' }, { extractor: 'ana' });
    s.extraction.reconcile(1, { item: 'characteristics' }, { msc_source: 'umbilical cord' }, { by: 'cai', why: 'Methods' });
    for (const who of ['ana', 'bo']) {
      for (const arm of ['MSC', 'MSC low dose', 'MSC high dose']) s.extraction.enterArm(1, 'SLEDAI', arm, MSC, { extractor: who });
      s.extraction.reconcile(1, { item: 'arm', outcome: 'SLEDAI', arm: 'MSC' }, MSC, { by: 'cai', why: 'Table 2' });
    }
    // count the rows SQLite hands back to the store's statements while characteristicValues() runs
    type All = (...a: unknown[]) => unknown[];
    const statements = Object.values((s.extraction as unknown as { st: Record<string, { all?: All }> }).st).filter((st): st is { all: All } => typeof st.all === 'function');
    let rows = 0;
    const originals = statements.map((st) => st.all);
    statements.forEach((st, i) => {
      st.all = (...a) => {
        const r = originals[i].apply(st, a);
        rows += r.length;
        return r;
      };
    });
    try {
      const v = s.extraction.characteristicValues();
      expect(v.chosen.map((c) => [c.item.key.item, c.source, (c.item.data as { msc_source: string }).msc_source])).toEqual([['characteristics', 'reconciled', 'umbilical cord']]);
      // one extraction and one reconciliation row: the six arm entries and their reconciliation are not read
      expect(rows).toBe(2);
    } finally {
      statements.forEach((st, i) => (st.all = originals[i]));
    }
  });
});

describe('SqliteStore.extraction RoB 2', () => {
  const LOW = { '1.1': 'Y', '1.2': 'Y', '1.3': 'N', '2.1': 'N', '2.2': 'N', '2.6': 'Y', '3.1': 'Y', '4.1': 'N', '4.2': 'N', '4.3': 'N', '5.1': 'Y', '5.2': 'N', '5.3': 'N' } as const;
  beforeEach(() => {
    s.extraction.addStudy({ label: 'Li 2021', by: 'ana' });
    s.extraction.addStudy({ label: 'Wang 2019', by: 'ana' });
  });

  it('assessRob2() stores each assessor separately with the suggested judgements; history is kept', () => {
    const a = s.extraction.assessRob2(1, 'SLEDAI', { answers: LOW }, { assessor: 'ana' });
    expect(a).toMatchObject({ studyId: 1, outcome: 'SLEDAI', by: 'ana', why: null, assessment: { overall: 'low' } });
    s.extraction.assessRob2(1, 'SLEDAI', { answers: { ...LOW, '1.2': 'NI' } }, { assessor: 'ana' });
    s.extraction.assessRob2(1, 'SLEDAI', { answers: LOW }, { assessor: 'bo' });
    expect(s.extraction.rob2History(1, 'SLEDAI').map((r) => [r.by, r.assessment.overall])).toEqual([['ana', 'low'], ['ana', 'some'], ['bo', 'low']]);
    expect(s.extraction.rob2({ outcome: 'SLEDAI' }).map((r) => [r.by, r.assessment.overall])).toEqual([['ana', 'some'], ['bo', 'low']]);
    expect(() => s.extraction.assessRob2(1, 'SLEDAI', { answers: { '9.9': 'Y' } as never }, { assessor: 'ana' })).toThrow(/assessRob2: Unknown signalling question '9.9'/);
  });

  it('rob2Final() takes the reconciled, agreed or single assessment; robPlotStudies() draws it', () => {
    s.extraction.assessRob2(1, 'SLEDAI', { answers: { ...LOW, '1.2': 'NI' } }, { assessor: 'ana' });
    s.extraction.assessRob2(1, 'SLEDAI', { answers: LOW }, { assessor: 'bo' });
    s.extraction.assessRob2(2, 'SLEDAI', { answers: { ...LOW, '5.2': 'Y' } }, { assessor: 'ana' });
    expect(s.extraction.rob2Final('SLEDAI')).toMatchObject({ studies: [{ label: 'Wang 2019', source: 'single' }], unresolved: [1] });
    s.extraction.reconcileRob2(1, 'SLEDAI', { answers: LOW }, { by: 'cai', why: 'Central randomisation described in the protocol' });
    expect(s.extraction.rob2Final('SLEDAI').studies.map((x) => [x.label, x.source])).toEqual([['Li 2021', 'reconciled'], ['Wang 2019', 'single']]);
    expect(s.extraction.robPlotStudies('SLEDAI', { 'Li 2021': 60, 'Wang 2019': 40 })).toEqual([
      { study: 'Li 2021', domains: ['low', 'low', 'low', 'low', 'low'], overall: 'low', weight: 60 },
      { study: 'Wang 2019', domains: ['low', 'low', 'low', 'low', 'high'], overall: 'high', weight: 40 },
    ]);
  });
});

describe('SqliteStore.extraction GRADE', () => {
  it('rateGrade() stores the rating with its result; grade() gives the current one, gradeHistory() all', () => {
    s.extraction.rateGrade('SLEDAI', { design: 'rct', downgrades: { imprecision: { levels: 1, reason: '120 participants' } } }, { by: 'ana' });
    const g = s.extraction.rateGrade('SLEDAI', { design: 'rct', downgrades: { imprecision: { levels: 2, reason: '120 participants, CI crosses 0' } } }, { by: 'bo' });
    expect(g.result).toMatchObject({ certainty: 'low', symbol: '⊕⊕◯◯' });
    expect(s.extraction.grade('SLEDAI')).toEqual(g);
    expect(s.extraction.gradeHistory('SLEDAI').map((x) => [x.by, x.result.certainty])).toEqual([['ana', 'moderate'], ['bo', 'low']]);
    expect(s.extraction.grade('Remission')).toBeUndefined();
    expect(() => s.extraction.rateGrade('SLEDAI', { design: 'rct', downgrades: { imprecision: { levels: 1, reason: '' } } }, { by: 'bo' })).toThrow(/rateGrade: 'imprecision' is rated 1 level/);
  });
});
