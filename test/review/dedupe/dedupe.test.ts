import { describe, expect, it } from 'vitest';
import { dedupe, decidePair, pairEvidence, prepareRecord } from '../../../src/review/dedupe/index.js';
import type { BibRecord } from '../../../src/review/records/types.js';

let next = 0;
function rec(fields: Partial<BibRecord>): BibRecord {
  next++;
  return { sourceId: fields.sourceId ?? `r${next}`, source: { database: 'test', file: 'test.ris' }, title: '', authors: [], ...fields };
}
const judge = (a: BibRecord, b: BibRecord) => decidePair(pairEvidence(prepareRecord(a), prepareRecord(b)));

const article = rec({
  title: 'Umbilical cord mesenchymal stem cells for decompensated liver cirrhosis: a randomized controlled trial',
  authors: ['Zhang, Z.', 'Lin, H.', 'Shi, M.', 'Wang, F.-S.'],
  year: 2012,
  journal: 'Journal of Gastroenterology and Hepatology',
  volume: '27',
  issue: 'Suppl 2',
  pages: '112-120',
  type: 'article',
  registrations: ['NCT01220492'],
});

describe('decidePair(evidence) on hand-made pairs', () => {
  it('decidePair merges the same paper exported by two databases in different styles', () => {
    const medline = rec({
      title: 'Umbilical cord mesenchymal stem cells for decompensated liver cirrhosis: A randomized controlled trial.',
      authors: ['Zhang Z', 'Lin H', 'Shi M', 'Wang FS'],
      year: 2012,
      journal: 'J Gastroenterol Hepatol',
      volume: '27',
      pages: '112-20',
    });
    const j = judge(article, medline);
    expect(j.decision).toBe('duplicate');
    expect(j.reasons).toContain('same first page');
  });

  it('decidePair merges a Chinese record with its English indexing through the alternative title', () => {
    const cnki = rec({
      title: '脐带间充质干细胞治疗失代偿期肝硬化的随机对照研究',
      altTitle: 'Umbilical cord mesenchymal stem cells for decompensated liver cirrhosis: a randomized controlled trial',
      authors: ['张政', '林华', '石明'],
      year: 2012,
      journal: '中华肝脏病杂志',
      volume: '27',
      pages: '112-120',
    });
    const english = rec({ ...article, sourceId: 'en', title: `${article.title}. [Chinese]`, journal: 'Chinese Journal of Hepatology' });
    const j = judge(cnki, english);
    expect(j.reasons[0]).toContain('across languages');
    expect(j.decision).toBe('duplicate');
  });

  it('decidePair never auto-merges two publications of one trial that share only the NCT number', () => {
    const followUp = rec({
      title: 'Umbilical cord mesenchymal stem cells for decompensated liver cirrhosis: 48-week results of a randomized controlled trial',
      authors: ['Zhang, Z.', 'Lin, H.', 'Shi, M.'],
      year: 2014,
      journal: 'Journal of Gastroenterology and Hepatology',
      volume: '29',
      pages: '455-463',
      registrations: ['NCT01220492'],
    });
    const j = judge(article, followUp);
    expect(j.decision).not.toBe('duplicate');
    expect(j.reasons).toContain('same trial registration');
    const protocol = rec({
      title: 'Umbilical cord mesenchymal stem cells for decompensated liver cirrhosis: study protocol',
      authors: ['Lin, H.'],
      year: 2010,
      registrations: ['NCT01220492'],
    });
    expect(judge(article, protocol).decision).toBe('uncertain');
  });

  it('decidePair keeps an erratum apart from the article it corrects', () => {
    const erratum = rec({ ...article, sourceId: 'err', title: `Erratum: ${article.title}`, pages: '1201', issue: '8' });
    expect(judge(article, erratum).decision).not.toBe('duplicate');
    const sameCitation = rec({ ...article, sourceId: 'err2', title: `Correction to: ${article.title}` });
    expect(judge(article, sameCitation).reasons).toContain('notice (erratum, retraction or comment) vs publication');
    expect(judge(article, sameCitation).decision).not.toBe('duplicate');
  });

  it('decidePair keeps a conference abstract apart from the full paper', () => {
    const abstract = rec({
      title: article.title,
      authors: article.authors,
      year: 2011,
      journal: 'Hepatology. Conference: 62nd Annual Meeting of the AASLD',
      volume: '54',
      pages: '1032A',
      type: 'inproceedings',
    });
    const j = judge(article, abstract);
    expect(j.decision).not.toBe('duplicate');
    expect(j.reasons).toContain('different publication kinds');
  });

  it('decidePair merges on a shared DOI with a similar title and refuses different DOIs', () => {
    const a = rec({ title: 'Cultural universality versus particularity in CMC', doi: '10.1080/1097198X.2004.10856384', authors: ['Stahl, B C'] });
    const b = rec({ title: 'Cultural Universality Versus Particularity in CMC.', doi: 'https://doi.org/10.1080/1097198x.2004.10856384' });
    expect(judge(a, b).decision).toBe('duplicate');
    const c = rec({ ...b, sourceId: 'c', doi: '10.1080/1097198X.2005.1' });
    expect(judge(a, c).decision).not.toBe('duplicate');
  });

  it('decidePair does not merge titles that differ only in a number', () => {
    const one = rec({ ...article, sourceId: 'f1', title: 'FOCUS 1: a phase III trial of ceftaroline fosamil versus ceftriaxone' });
    const two = rec({ ...article, sourceId: 'f2', title: 'FOCUS 2: a phase III trial of ceftaroline fosamil versus ceftriaxone' });
    expect(judge(one, two).decision).not.toBe('duplicate');
  });
});

describe('dedupe(records)', () => {
  it('dedupe(records) groups by sourceId, keeps pairs with reasons and queues uncertain pairs', () => {
    const copy = rec({ ...article, sourceId: 'copy', title: article.title.toUpperCase() });
    const followUp = rec({ ...article, sourceId: 'fu', year: 2014, volume: '29', pages: '455-463' });
    const result = dedupe([article, copy, followUp]);
    expect(result.groups).toEqual([[article.sourceId, 'copy']]);
    expect(result.pairs.find((p) => p.b === 'copy')?.decision).toBe('duplicate');
    expect(result.uncertain.length).toBe(2);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
  it('dedupe([]) returns empty results', () => {
    expect(dedupe([])).toEqual({ groups: [], uncertain: [], pairs: [] });
  });
});
