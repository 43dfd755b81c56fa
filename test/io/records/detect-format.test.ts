import { describe, expect, it } from 'vitest';
import { detectFormat, readRecords } from '../../../src/io/records/index.js';
import type { RecordFormat } from '../../../src/io/records/index.js';
import { formatError, sample } from './sample.js';

const SAMPLES: [string, RecordFormat][] = [
  ['awkward.ris', 'ris'],
  ['awkward.nbib', 'medline'],
  ['awkward.bib', 'bibtex'],
  ['awkward.xml', 'endnote-xml'],
  ['awkward.csv', 'csv'],
  ['cnki.txt', 'noteexpress'],
  ['cnki.enw', 'endnote-tagged'],
  ['ctgov.json', 'clinicaltrials-json'],
];

describe('detectFormat', () => {
  it('detectFormat(sample, neutral name) tells every format from its content', () => {
    for (const [name, format] of SAMPLES) expect(detectFormat(sample(name), 'export.txt').format, name).toBe(format);
  });

  it('detectFormat(table, name.csv) falls back to the extension when the content is not decisive', () => {
    expect(detectFormat('a;b\n1;2\n', 'export.csv')).toEqual({ format: 'csv', by: 'extension' });
  });

  it('detectFormat(RIS named .bib) trusts the content and records the mismatch', () => {
    expect(detectFormat(sample('awkward.ris'), 'x.bib')).toEqual({ format: 'ris', by: 'content', mismatch: 'bibtex' });
  });

  it('detectFormat(unknown text, no extension) explains what it expected', () => {
    expect(formatError(() => detectFormat('hello\n', 'notes')).message).toMatch(/^notes, line 1: cannot tell what kind of export this is/);
  });
});

describe('readRecords', () => {
  it('readRecords(each sample) reads it with the detected reader', () => {
    for (const [name, format] of SAMPLES) {
      const r = readRecords(sample(name), name);
      expect(r.format, name).toBe(format);
      expect(r.records.length, name).toBeGreaterThan(0);
      expect(r.records.every((x) => x.source.file === name && typeof x.source.line === 'number')).toBe(true);
    }
  });

  it('readRecords(text, file, {database}) sets the database of every record', () => {
    const r = readRecords(sample('cnki.enw'), 'cnki.enw', { database: 'Wanfang' });
    expect(r.records.map((x) => x.source.database)).toEqual(['Wanfang', 'Wanfang']);
  });

  it('readRecords(text, file, {format}) skips detection', () => {
    expect(readRecords('a,title\n1,x\n', 'export.txt', { format: 'csv' }).records[0]).toMatchObject({ sourceId: '1', title: 'x' });
  });

  it('readRecords(mismatched name) warns that the content won', () => {
    expect(readRecords(sample('awkward.ris'), 'x.bib').warnings).toEqual([{ message: "the file's name suggests bibtex but its content is ris; it was read as ris", file: 'x.bib' }]);
  });
});
