import { describe, expect, it } from 'vitest';
import { readEndnoteXml } from '../../../src/io/records/index.js';
import { formatError, sample } from './sample.js';

describe('readEndnoteXml', () => {
  const { records } = readEndnoteXml(sample('awkward.xml'), 'awkward.xml');

  it('readEndnoteXml(styled runs, entities, PubMed accession) reads a journal article', () => {
    expect(records[0]).toEqual({
      sourceId: '12',
      source: { database: 'PubMed', file: 'awkward.xml', line: 3 },
      type: 'Journal Article',
      title: 'Stem cells & cirrhosis: in vivo results',
      authors: ['Müller, Jürgen', '张三'],
      year: 2019,
      journal: 'Journal of Hepatology',
      volume: '70',
      issue: '3',
      pages: '451-460',
      abstract: 'Registered as ISRCTN12345678.',
      keywords: ['MSC', '肝硬化'],
      doi: '10.1016/j.jhep.2018.11.001',
      pmid: '31234567',
      registrations: ['ISRCTN12345678'],
      language: 'eng',
      url: 'https://example.org/a',
      extra: {
        database: 'MSC.enl',
        'foreign-keys/key': '12',
        'titles/secondary-title': 'J Hepatol',
        'dates/pub-dates/date': 'Mar',
        'remote-database-name': 'PubMed',
        'remote-database-provider': 'NLM',
      },
    });
  });

  it('readEndnoteXml(unstyled Chinese thesis) reads the translated title and CNKI as database', () => {
    expect(records[1]).toEqual({
      sourceId: '13',
      source: { database: 'CNKI', file: 'awkward.xml', line: 20 },
      type: 'Thesis',
      title: '脐带间充质干细胞的研究',
      altTitle: 'Umbilical cord MSCs',
      authors: [],
      year: 2020,
      extra: { 'remote-database-provider': 'CNKI' },
    });
  });

  it('readEndnoteXml(mismatched tag) names the line', () => {
    const e = formatError(() => readEndnoteXml(sample('broken.xml'), 'broken.xml'));
    expect(e.message).toBe("broken.xml, line 4: malformed XML: Expected closing tag 'title' (opened in line 4, col 9) instead of closing tag 'titles'.");
  });

  it('readEndnoteXml(other XML) says it is not an EndNote export', () => {
    expect(formatError(() => readEndnoteXml('<PubmedArticleSet/>', 'p.xml')).message).toMatch(/^p\.xml, line 1: this XML is not an EndNote export/);
  });
});
