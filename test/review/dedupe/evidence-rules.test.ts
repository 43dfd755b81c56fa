import { describe, expect, it } from 'vitest';
import {
  abstractShingles,
  abstractSimilarity,
  authorOverlap,
  decidePair,
  normaliseAuthor,
  normaliseAuthors,
  pairEvidence,
  prepareRecord,
} from '../../../src/review/dedupe/index.js';
import type { BibRecord } from '../../../src/review/records/types.js';

let next = 0;
function rec(fields: Partial<BibRecord>): BibRecord {
  next++;
  return { sourceId: fields.sourceId ?? `e${next}`, source: { database: 'test', file: 'test.ris' }, title: '', authors: [], ...fields };
}
const judge = (a: BibRecord, b: BibRecord) => decidePair(pairEvidence(prepareRecord(a), prepareRecord(b)));

const ABSTRACT =
  'Hospitals increasingly buy clinical software as a service rather than running it themselves. ' +
  'We followed three regional hospitals for four years as they moved their scheduling systems to a vendor platform, ' +
  "interviewing managers, nurses and the vendor's staff. The move shifted who could change the system: " +
  'requests that ward staff once raised with the local IT team now had to pass through contract managers, ' +
  'and small fixes waited for the vendor’s quarterly release. We describe how the hospitals adapted, ' +
  'building informal channels to the vendor and keeping shadow spreadsheets, and what this means for the ' +
  'governance of outsourced clinical systems.';
const OTHER_ABSTRACT =
  'Nurses on night shifts use mobile messaging to coordinate care, often outside the tools their employer provides. ' +
  'Drawing on a survey of 412 nurses in two countries and follow-up interviews, we show that informal messaging groups ' +
  'fill gaps left by paging systems, but also blur the line between work and private life. Managers tolerate the practice ' +
  'while it speeds handovers and forbid it once a privacy incident occurs. We propose design principles for sanctioned ' +
  'messaging tools that keep the speed of the informal channels while meeting confidentiality duties.';

const paper = rec({
  title: 'Who changes the system? Clinical software as a service in three regional hospitals',
  authors: ['Okonkwo, Adaeze', 'Lindqvist, Per'],
  year: 2015,
  journal: 'Journal of Health Information Systems',
  volume: '18',
  issue: '2',
  pages: '101--117',
  doi: '10.9999/jhis.2015.014',
  abstract: ABSTRACT,
  type: 'article',
});

describe('abstractSimilarity(a, b) on word shingles', () => {
  it('abstractShingles(text) ignores an abstract under 50 words', () => {
    expect(abstractShingles('No abstract available.')).toBeUndefined();
    expect(abstractShingles(undefined)).toBeUndefined();
    expect(abstractShingles(ABSTRACT)?.length).toBeGreaterThan(60);
  });
  it('abstractSimilarity scores one abstract with other quotes and dashes at 1 and two abstracts of one field low', () => {
    const straight = ABSTRACT.replace(/[’']/g, '"').replace(/,/g, ' -');
    expect(abstractSimilarity(abstractShingles(ABSTRACT), abstractShingles(straight))).toBe(1);
    expect(abstractSimilarity(abstractShingles(ABSTRACT), abstractShingles(OTHER_ABSTRACT))).toBeLessThan(0.1);
    expect(abstractSimilarity(abstractShingles(ABSTRACT), undefined)).toBeUndefined();
  });
});

describe('decidePair with the same abstract', () => {
  it('decidePair merges a paper republished in a later volume under a new DOI when title, authors and abstract agree', () => {
    const republished = rec({ ...paper, year: 2016, volume: '19', issue: '1', pages: '12--28', doi: '10.9999/jhis.2016.002' });
    const j = judge(paper, republished);
    expect(j.reasons).toContain('same abstract 1.00');
    expect(j.decision).toBe('duplicate');
    // without the abstract the conflicting DOIs, volumes and pages keep them apart
    expect(judge({ ...paper, abstract: undefined }, { ...republished, abstract: undefined }).decision).not.toBe('duplicate');
  });

  it('decidePair keeps apart a commentary indexed with the title and abstract of the article it discusses', () => {
    const commentary = rec({ ...paper, authors: ['Brennan, Siobhan'], pages: '118--120', doi: '10.9999/jhis.2015.015' });
    expect(judge(paper, commentary).decision).not.toBe('duplicate');
  });

  it('decidePair keeps a conference paper apart from its journal version even with one abstract', () => {
    const conference = rec({ ...paper, type: 'inproceedings', journal: undefined, volume: undefined, issue: undefined, pages: undefined, doi: undefined, year: 2014 });
    expect(judge(paper, conference).decision).not.toBe('duplicate');
  });

  it('decidePair keeps two papers with one stock abstract apart when their titles differ', () => {
    const sequel = rec({ ...paper, title: 'Who maintains the system? Vendor releases and ward work in regional hospitals', pages: '118--130', doi: '10.9999/jhis.2015.016' });
    expect(judge(paper, sequel).decision).not.toBe('duplicate');
  });

  it('decidePair joins an erratum record that carries its article’s own abstract, but never a retraction', () => {
    const erratum = rec({ ...paper, title: `Erratum to - ${paper.title}`, pages: '118--118', doi: '10.9999/jhis.2015.099' });
    expect(judge(paper, erratum).decision).toBe('duplicate');
    const bare = rec({ ...erratum, abstract: undefined });
    expect(judge(paper, bare).decision).not.toBe('duplicate');
    const retraction = rec({ ...erratum, title: `Retraction notice to: ${paper.title}` });
    expect(judge(paper, retraction).decision).not.toBe('duplicate');
  });

  it('decidePair reads a digit ending one title as a footnote mark when the abstracts agree, and a surname slip with the same given name as one author', () => {
    const footnoted = rec({ ...paper, title: `${paper.title} 1`, authors: ['Okonkwo, Adaeze', 'Lindquist, Per'], pages: '101', doi: undefined });
    const j = judge(paper, footnoted);
    expect(j.reasons).toContain('numbers in the titles differ');
    expect(j.decision).toBe('duplicate');
    // without the abstracts a trailing number may be a part or a sequel
    expect(judge({ ...paper, abstract: undefined }, { ...footnoted, abstract: undefined }).decision).not.toBe('duplicate');
    // a real number in both titles is not a footnote
    const second = rec({ ...footnoted, title: `${paper.title} 2` });
    expect(judge(rec({ ...paper, title: `${paper.title} 1` }), second).decision).not.toBe('duplicate');
  });
});

describe('authors with footnote marks and slips', () => {
  it('normaliseAuthor(name) drops footnote digits, asterisks and daggers', () => {
    expect(normaliseAuthor('Okafor, Ngozi1')).toEqual({ surname: 'okafor', initials: 'n', cjk: false, given: 'ngozi' });
    expect(normaliseAuthor('Okafor N1,2')).toEqual({ surname: 'okafor', initials: 'n', cjk: false });
    expect(normaliseAuthor('Okafor2*, N.')?.surname).toBe('okafor');
    expect(normaliseAuthor('Ngozi Okafor†')?.surname).toBe('okafor');
  });
  it('authorOverlap(a, b) forgives a one-letter surname slip only with the same given name written out', () => {
    expect(authorOverlap(normaliseAuthors(['Lindqvist, Per']), normaliseAuthors(['Lindquist, Per']))).toBe(1);
    expect(authorOverlap(normaliseAuthors(['Hansen, J.']), normaliseAuthors(['Jansen, J.']))).toBe(0);
    expect(authorOverlap(normaliseAuthors(['Hansen, Jens']), normaliseAuthors(['Jansen, Anna']))).toBe(0);
    expect(authorOverlap(normaliseAuthors(['Chen, Wei']), normaliseAuthors(['Chan, Wei']))).toBe(0);
  });
});

describe('decidePair with a year filed as the volume', () => {
  it('decidePair does not count "2016(May)" against "94(5)" as different volumes', () => {
    const magazine = rec({ title: 'The quiet manager: how an introverted founder learned to lead', authors: ['Moreau, C.'], year: 2016, journal: 'Management Monthly', volume: '2016', issue: 'May' });
    const indexed = rec({ ...magazine, authors: ['Moreau, Claire'], volume: '94', issue: '5', pages: '35+' });
    const j = judge(magazine, indexed);
    expect(j.reasons).not.toContain('different volumes');
    expect(j.decision).toBe('duplicate');
    expect(judge(rec({ ...magazine, volume: '93' }), indexed).reasons).toContain('different volumes');
  });
});

describe('decidePair with the same title in the same issue', () => {
  const abstractA = rec({
    title: 'Early mobilisation after ischaemic stroke: a randomised feasibility trial in two rehabilitation units',
    authors: ['Varga, T.', 'Osei, K.', 'MacLeod, F.'],
    year: 2012,
    journal: 'Journal of Neurorehabilitation',
    volume: '41',
    issue: '9',
    pages: 'e11-e12',
  });

  it('decidePair merges one abstract printed twice in one supplement issue under other pages', () => {
    const reprinted = rec({ ...abstractA, title: abstractA.title.toUpperCase().replace('UNITS', "UNIT'S"), authors: ['Varga T', 'Osei K', 'MacLeod F'], pages: 'e4' });
    expect(judge(abstractA, reprinted).decision).toBe('duplicate');
  });

  it('decidePair keeps them apart in another issue, with another word in the title, or with an author missing', () => {
    expect(judge(abstractA, rec({ ...abstractA, pages: 'e4', issue: '11' })).decision).not.toBe('duplicate');
    expect(judge(abstractA, rec({ ...abstractA, pages: 'e4', title: abstractA.title.replace('two', 'four') })).decision).not.toBe('duplicate');
    expect(judge(abstractA, rec({ ...abstractA, pages: 'e4', authors: ['Varga, T.', 'Osei, K.', 'Dunn, R.'] })).decision).not.toBe('duplicate');
    expect(judge(abstractA, rec({ ...abstractA, pages: 'e4', issue: undefined })).decision).not.toBe('duplicate');
  });
});
