import { describe, expect, it } from 'vitest';
import { readRis } from '../../../src/io/records/index.js';
import { formatError, sample } from './sample.js';

describe('readRis', () => {
  const { records, warnings } = readRis(sample('awkward.ris'), 'awkward.ris');

  it('readRis(BOM, CRLF, provider header) reads every field of a journal article', () => {
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(3);
    expect(records[0]).toEqual({
      sourceId: 'rec-1',
      source: { database: 'Wiley Online Library', file: 'awkward.ris', line: 5 },
      type: 'JOUR',
      title: 'Mesenchymal stem cells for décompensated cirrhosis: a randomised trial',
      authors: ['Müller, Jürgen', '张三', "O'Brien, Siobhán"],
      year: 2019,
      journal: 'Journal of Hepatology',
      volume: '70',
      issue: '3',
      pages: '451-460',
      abstract: 'Background: MSCs may improve liver function.\nMethods: 120 patients were randomised (NCT01234567).\nResults: MELD fell by 3·2 points.',
      keywords: ['mesenchymal stem cells', 'liver cirrhosis'],
      doi: '10.1016/j.jhep.2018.11.001',
      registrations: ['NCT01234567', 'ChiCTR-TRC-12002446'],
      url: 'https://doi.org/10.1016/j.jhep.2018.11.001',
      extra: { JO: 'J Hepatol', UR: 'https://example.org/second', N1: 'Registered at ChiCTR-TRC-12002446', M3: 'Article' },
    });
  });

  it('readRis(Chinese record, "ER  -" without a space) keeps a full date in extra and reads DB', () => {
    expect(records[1]).toEqual({
      sourceId: '2',
      source: { database: 'CNKI', file: 'awkward.ris', line: 30 },
      type: 'CHAP',
      title: '间充质干细胞治疗肝硬化的临床研究',
      altTitle: 'Clinical study of MSCs in cirrhosis',
      authors: ['李四'],
      year: 2020,
      journal: '中华肝脏病杂志',
      pages: 'e1234',
      abstract: '目的：探讨间充质干细胞（MSC）的疗效。',
      extra: { PY: '2020/05/03/' },
    });
  });

  it('readRis(AN with DB NLM) takes the accession number as PMID and identifier', () => {
    expect(records[2]).toEqual({
      sourceId: '31234567',
      source: { database: 'PubMed', file: 'awkward.ris', line: 41 },
      type: 'JOUR',
      title: 'A PubMed record',
      authors: ['Smith, J'],
      year: 2018,
      pmid: '31234567',
      extra: { DB: 'NLM' },
    });
  });

  it('readRis(text, file, {database}) lets the option win over the file', () => {
    const r = readRis(sample('awkward.ris'), 'awkward.ris', { database: 'Embase' }).records;
    expect(r.map((x) => x.source.database)).toEqual(['Embase', 'Embase', 'Embase']);
    expect(r[1].extra).toEqual({ PY: '2020/05/03/', DB: 'CNKI' });
  });

  it('readRis(no DB anywhere) falls back to "RIS"', () => {
    expect(readRis('TY  - JOUR\nTI  - x\nER  - \n', 'a.ris').records[0].source.database).toBe('RIS');
  });

  it('readRis(record missing ER at end of file) names the line where the record starts', () => {
    const e = formatError(() => readRis(sample('missing-er.ris'), 'missing-er.ris'));
    expect(e.message).toBe('missing-er.ris, line 5: the record that starts here (TY) never ends: the file finishes without its "ER  - " line; it may be truncated');
    expect([e.file, e.line]).toEqual(['missing-er.ris', 5]);
  });

  it('readRis(tag after ER) reports the stray tag and its line', () => {
    expect(formatError(() => readRis(sample('outside.ris'), 'outside.ris')).message).toBe(
      'outside.ris, line 4: the tag AU is outside any record; each record must start with a "TY  - " line',
    );
  });

  it('readRis(TY inside an open record) names both lines', () => {
    expect(formatError(() => readRis('TY  - JOUR\nTI  - a\nTY  - JOUR\nER  - \n', 'x.ris')).message).toMatch(/^x\.ris, line 3: .*began on line 1/);
  });

  it('readRis("") says no records were found', () => {
    expect(formatError(() => readRis('', 'empty.ris')).message).toMatch(/^empty\.ris: no RIS records found/);
  });
});
