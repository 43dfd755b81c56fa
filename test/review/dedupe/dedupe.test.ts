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

describe('decidePair(evidence) on the error classes of the labelled benchmarks', () => {
  const paper = rec({
    title: 'Triage of women with minor cervical lesions: data suggesting a test and treat approach for HPV E6/E7 mRNA testing',
    authors: ['Sorbye, S W', 'Fismen, S', 'Gutteberg, T'],
    year: 2010,
    journal: 'PLoS ONE',
    volume: '5',
    pages: 'e12724',
  });

  it('decidePair merges an electronic article number with printed pages of the same paper', () => {
    const printed = rec({ ...paper, sourceId: 'printed', pages: '1-6' });
    expect(judge(paper, printed).decision).toBe('duplicate');
  });

  it('decidePair merges a range with a mistyped first page or given by its last page only', () => {
    const full = rec({ ...paper, sourceId: 'full', pages: '2097-2108' });
    expect(judge(full, rec({ ...full, sourceId: 'typo', pages: '2297-2108' })).decision).toBe('duplicate');
    expect(judge(full, rec({ ...full, sourceId: 'last', pages: '2108' })).reasons).toContain('same last page');
  });

  it('decidePair keeps a one-page item in another issue apart (an unmarked erratum or a recurring column)', () => {
    const full = rec({ ...paper, sourceId: 'art', pages: '1223-1229', issue: '5' });
    const later = rec({ ...full, sourceId: 'later', pages: '2205', issue: '9' });
    expect(judge(full, later).decision).not.toBe('duplicate');
  });

  it('decidePair reads an author list written given-name first and ignores group authors', () => {
    const reversed = rec({ ...paper, sourceId: 'rev', authors: ['S W, Sorbye', 'Sigrun, Fismen', 'Tore, Gutteberg'], pages: undefined });
    expect(judge(paper, reversed).decision).toBe('duplicate');
    const group = rec({ ...paper, sourceId: 'grp', authors: ['ASCUS-LSIL Triage Study Group'] });
    expect(judge(paper, group).decision).toBe('duplicate');
  });

  it('decidePair merges a same-DOI pair with identical titles even when the author fields match no one', () => {
    const a = rec({ title: 'Entrepreneurial solidarities: social media collectives', doi: '10.1177/2056305120926484', authors: ['Soriano, Cheryll Ruth R.'] });
    const b = rec({ ...a, sourceId: 'mangled', authors: ['R, Cheryll Ruth Soriano'] });
    expect(judge(a, b).decision).toBe('duplicate');
  });

  it('decidePair merges one article indexed under titles in two languages when the whole citation agrees', () => {
    const german = rec({
      title: 'Plattformökonomie und Crowdworking als Herausforderungen für das deutsche Modell der Arbeitsbeziehungen',
      authors: ['Greef, Samuel', 'Schroeder, Wolfgang'],
      year: 2020,
      journal: 'Industrielle Beziehungen',
      volume: '27',
      issue: '2',
      pages: '205--226',
    });
    const english = rec({ ...german, sourceId: 'en', title: 'Platform economy and crowdworking as challenges for the German model of industrial relations', authors: ['Greef, S.', 'Schroeder, W.'] });
    expect(judge(german, english).decision).toBe('duplicate');
    expect(judge(german, rec({ ...english, sourceId: 'issue', issue: '3' })).decision).not.toBe('duplicate');
  });

  it('decidePair merges two exports of one erratum but not the erratum with its article', () => {
    const wos = rec({ ...article, sourceId: 'wos', title: `${article.title} (vol 27, pg 112, 2012)`, issue: '8', pages: '1201' });
    const embase = rec({ ...wos, sourceId: 'embase', title: `Erratum: ${article.title} (Journal of Gastroenterology and Hepatology (M` });
    expect(judge(wos, embase).decision).toBe('duplicate');
    expect(judge(article, wos).decision).not.toBe('duplicate');
  });

  it('decidePair merges a conference paper dated by the meeting with its proceedings a year later', () => {
    const meeting = rec({
      title: 'Good signals, bad signals: performance and trait implications of signaling in online labor markets',
      authors: ['Holthaus, Christian', 'Stock, Ruth Maria'],
      year: 2017,
      journal: 'International Conference on Information Systems',
      pages: '1--13',
      type: 'inproceedings',
    });
    const proceedings = rec({ ...meeting, sourceId: 'proc', year: 2018, journal: 'ICIS 2018 Proceedings', pages: undefined });
    expect(judge(meeting, proceedings).decision).toBe('duplicate');
    expect(judge(meeting, rec({ ...proceedings, sourceId: 'journal', type: 'article', journal: 'MIS Quarterly', volume: '42' })).decision).not.toBe('duplicate');
  });
});
