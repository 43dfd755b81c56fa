import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../src/io/records/index.js';
import { formatError, sample } from './sample.js';

describe('readCsvRecords', () => {
  const { records, warnings } = readCsvRecords(sample('awkward.csv'), 'awkward.csv');

  it('readCsvRecords(multi-line cell, ";" authors, database column) reads a row', () => {
    expect(records[0]).toEqual({
      sourceId: 'A1',
      source: { database: 'Embase', file: 'awkward.csv', line: 2 },
      title: 'Mesenchymal stem cells, a trial',
      authors: ['Müller, J', '张三'],
      year: 2019,
      journal: 'J Hepatol',
      volume: '70',
      issue: '3',
      pages: '451-460',
      abstract: 'Line one\nline two (NCT01234567)',
      keywords: ['MSC', 'cirrhosis'],
      doi: '10.1016/j.jhep.2018.11.001',
      registrations: ['NCT01234567'],
    });
  });

  it('readCsvRecords(PubMed-style "Smith J, Jones KL", year "UNKNOWN") splits on commas and warns', () => {
    expect(records[1]).toEqual({
      sourceId: 'A2',
      source: { database: 'CSV', file: 'awkward.csv', line: 4 },
      title: '间充质干细胞治疗',
      authors: ['Smith J', 'Jones KL'],
      extra: { Year: 'UNKNOWN', Notes: 'see "quotes"' },
    });
    expect(warnings).toEqual([{ message: `"UNKNOWN" in column 'Year' is not a year; it is kept as an extra field`, file: 'awkward.csv', line: 4 }]);
  });

  it('readCsvRecords(" and " authors) splits BibTeX-style lists', () => {
    expect(records[2]).toMatchObject({ sourceId: 'A3', authors: ['Zuna, R E', 'Wang, S S'], year: 2006, journal: 'Cancer', volume: '108', pages: '288-297' });
  });

  const benchmark = new URL('../../../../shared/data/dedupe/special_cases/records.csv', import.meta.url);
  it('readCsvRecords(a dedupe benchmark file) reads every row with its ID', () => {
    const text = readFileSync(benchmark, 'utf8');
    const r = readCsvRecords(text, 'records.csv').records;
    expect(r.length).toBe(12);
    expect(r.every((x) => /^id_\d+$/.test(x.sourceId))).toBe(true);
  });

  it('readCsvRecords(row with an extra cell) names the line', () => {
    expect(formatError(() => readCsvRecords(sample('broken.csv'), 'broken.csv')).message).toBe('broken.csv, line 3: this is not a readable CSV table (expect 3, got 4 on line 3)');
  });
});
