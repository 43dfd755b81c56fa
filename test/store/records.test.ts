import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, StoreError, type SqliteStore } from '../../src/store/index.js';
import type { BibRecord } from '../../src/review/records/types.js';
import { memoryStore, rec } from './helpers.js';

let s: SqliteStore;
afterEach(() => s?.close());

const chinese: BibRecord = {
  sourceId: 'CNKI-0001',
  source: { database: 'CNKI', file: 'cnki 导出.txt', line: 12 },
  type: '期刊',
  title: '脐带间充质干细胞治疗系统性红斑狼疮的临床研究',
  altTitle: 'Umbilical cord MSC for systemic lupus erythematosus',
  authors: ['孙凌云', '王dong'],
  year: 2010,
  journal: '中华风湿病学杂志',
  keywords: ['间充质干细胞', 'lupus'],
  registrations: ['ChiCTR-TRC-00000001'],
  extra: { 'CN': '11-3766/R', 'Müller': 'é' },
};

describe('SqliteStore.importRecords()', () => {
  it('SqliteStore.open(":memory:") migrates to the latest schema version', () => {
    s = memoryStore();
    expect(s.schemaVersion).toBe(MIGRATIONS.length);
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('importRecords(records, { file, database }) returns the batch and count and keeps every record whole', () => {
    s = memoryStore();
    const { batchId, count } = s.importRecords([rec(1), chinese], { file: 'mixed.txt', database: 'PubMed', by: 'ana' });
    expect(count).toBe(2);
    expect(s.batches()).toEqual([{ id: batchId, file: 'mixed.txt', database: 'PubMed', count: 2, by: 'ana', at: '2025-01-01T00:00:01.000Z' }]);
    expect(s.records().map((r) => r.record)).toEqual([rec(1), chinese]);
    expect(s.record(2)).toEqual({ id: 2, batchId, record: chinese, duplicateOf: null });
  });

  it('importRecords() fills the indexed columns: sourceId, database, doi, pmid, title', () => {
    s = memoryStore();
    s.importRecords([rec(1), chinese], { file: 'f', database: 'PubMed' });
    expect(s.db.prepare('SELECT source_id, database, doi, pmid, title FROM records ORDER BY id').all()).toEqual([
      { source_id: 'R1', database: 'PubMed', doi: '10.1000/1', pmid: '30000001', title: 'Record 1' },
      { source_id: 'CNKI-0001', database: 'CNKI', doi: null, pmid: null, title: chinese.title },
    ]);
    const plan = s.db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM records WHERE doi = ?`).all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/records_doi/);
  });

  it('importRecords() with a malformed record imports nothing and names the file and record', () => {
    s = memoryStore();
    s.importRecords([rec(1)], { file: 'first.txt', database: 'PubMed' });
    const bad = [rec(2), rec(3), { ...rec(4), title: undefined } as unknown as BibRecord];
    expect(() => s.importRecords(bad, { file: 'second.txt', database: 'PubMed' })).toThrow(new StoreError(`second.txt: record 3 (ID R4): 'title' should be text, not undefined.`));
    expect(s.countRecords()).toBe(1);
    expect(s.batches().map((b) => b.file)).toEqual(['first.txt']);
  });

  it('importRecords() names a record without sourceId or database', () => {
    s = memoryStore();
    expect(() => s.importRecords([{ ...rec(1), sourceId: '' }], { file: 'f', database: 'd' })).toThrow(/f: record 1 has no 'sourceId'/);
    expect(() => s.importRecords([{ ...rec(1), source: {} } as unknown as BibRecord], { file: 'f', database: 'd' })).toThrow(/'source.database' should name the database/);
  });

  it('importRecords() reports progress every `every` records and at the end', () => {
    s = memoryStore();
    const seen: [number, number][] = [];
    s.importRecords(Array.from({ length: 25 }, (_, i) => rec(i)), { file: 'f', database: 'd', every: 10, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([[10, 25], [20, 25], [25, 25]]);
  });

  it('importRecords([]) records an empty batch', () => {
    s = memoryStore();
    expect(s.importRecords([], { file: 'empty.ris', database: 'Embase' })).toEqual({ batchId: 1, count: 0 });
    expect(s.countRecords()).toBe(0);
  });

  it('record(id) is undefined for an unknown id; records({ duplicates: false }) leaves out merged duplicates', () => {
    s = memoryStore();
    s.importRecords([rec(1), rec(2), rec(3)], { file: 'f', database: 'd' });
    expect(s.record(99)).toBeUndefined();
    s.merge([1, 3], { by: 'ana', reason: 'same DOI' });
    expect(s.records({ duplicates: false }).map((r) => r.id)).toEqual([1, 2]);
    expect(s.records().map((r) => r.duplicateOf)).toEqual([null, null, 1]);
  });

  it('records and events are append-only: the database refuses UPDATE and DELETE', () => {
    s = memoryStore();
    s.importRecords([rec(1)], { file: 'f', database: 'd' });
    expect(() => s.db.prepare('DELETE FROM records').run()).toThrow(/records is append-only/);
    expect(() => s.db.prepare(`UPDATE records SET title = 'x'`).run()).toThrow(/records is append-only/);
    expect(() => s.db.prepare('DELETE FROM import_batches').run()).toThrow(/append-only/);
  });
});
