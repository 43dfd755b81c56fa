import { describe, expect, it } from 'vitest';
import { readRecords, readRis, writeRis } from '../../../src/io/records/index.js';
import type { BibRecord } from '../../../src/review/records/types.js';
import { sample } from './sample.js';

/** Lines move when a file is rewritten; everything else must survive. */
const withoutLine = (records: readonly BibRecord[]) => records.map(({ source, ...rest }) => ({ ...rest, source: { database: source.database, file: source.file } }));

describe('writeRis', () => {
  it('writeRis(readRis(x)) reads back to the same records', () => {
    const first = readRis(sample('awkward.ris'), 'awkward.ris').records;
    const again = readRis(writeRis(first), 'awkward.ris').records;
    expect(withoutLine(again)).toEqual(withoutLine(first));
  });

  it('writeRis(readRis(x, {database})) round-trips with the same option', () => {
    const first = readRis(sample('awkward.ris'), 'a.ris', { database: 'Embase' }).records;
    expect(withoutLine(readRis(writeRis(first), 'a.ris', { database: 'Embase' }).records)).toEqual(withoutLine(first));
  });

  it('writeRis(records of other formats) keeps the bibliographic fields', () => {
    for (const name of ['awkward.nbib', 'awkward.bib', 'cnki.txt', 'cnki.enw', 'awkward.xml']) {
      const first = readRecords(sample(name), name).records;
      const again = readRis(writeRis(first), name).records;
      const core = ({ sourceId, title, altTitle, authors, year, journal, volume, issue, doi, pmid, abstract, keywords, registrations, source }: BibRecord) => ({
        sourceId, title, altTitle, authors, year, journal, volume, issue, doi, pmid, abstract, keywords, registrations, database: source.database,
      });
      expect(again.map(core), name).toEqual(first.map(core));
    }
  });

  it('writeRis([]) is empty', () => {
    expect(writeRis([])).toBe('');
  });

  it('readRis(writeRis(10,000 records)) reads them all (well under a second)', () => {
    const records: BibRecord[] = Array.from({ length: 10000 }, (_, i) => ({
      sourceId: `r${i}`,
      source: { database: 'Embase', file: 'big.ris' },
      type: 'JOUR',
      title: `Trial ${i} of 间充质干细胞 in cirrhosis`,
      authors: [`Author ${i}, A`, '张三'],
      year: 1990 + (i % 35),
      journal: 'Journal of Hepatology',
      pages: `${i}-${i + 9}`,
      abstract: `Background line ${i}.\nMethods line.`,
      keywords: ['MSC', 'cirrhosis'],
      doi: `10.1000/${i}`,
    }));
    const read = readRis(writeRis(records), 'big.ris').records;
    expect(read.length).toBe(10000);
    expect(read[9999]).toMatchObject({ sourceId: 'r9999', pages: '9999-10008', year: 1990 + (9999 % 35) });
  });
});
