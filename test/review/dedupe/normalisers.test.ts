import { describe, expect, it } from 'vitest';
import {
  authorOverlap,
  decodeHtml,
  foldText,
  journalsCompatible,
  normaliseAuthor,
  normaliseAuthors,
  normaliseAuthorsReversed,
  normaliseDoi,
  normaliseJournal,
  normalisePages,
  normaliseTitle,
  noticeKind,
  noticeSubject,
  pagesAgree,
  splitTranslatedTitle,
  titleSimilarity,
} from '../../../src/review/dedupe/index.js';

describe('title normalisation', () => {
  it('foldText(text) drops case, diacritics, entities and punctuation and widens full-width forms', () => {
    expect(foldText('Ｃｏｍｐｌｅｍｅｎｔ &amp; Hémolyse.')).toBe('complement hemolyse');
    expect(foldText('IFN-&#947; and TNF-α')).toBe('ifn gamma and tnf alpha');
  });
  it('foldText(text) keeps Chinese characters', () => {
    expect(foldText('间充质干细胞治疗，肝硬化。')).toBe('间充质干细胞治疗 肝硬化');
  });
  it('decodeHtml(text) removes tags and decodes numeric references', () => {
    expect(decodeHtml('<i>In vitro</i> &#x3b2;-cells')).toBe('In vitro β-cells');
  });
  it('normaliseTitle(raw) removes language tags, brackets and trailing periods', () => {
    expect(normaliseTitle('Efficacy observation of batroxobin. [Chinese]')).toBe('efficacy observation of batroxobin');
    expect(normaliseTitle('[A study of mycobacterium vaccine] [in Chinese]')).toBe('a study of mycobacterium vaccine');
    expect(normaliseTitle('HPV DNA testing. [Review] [57 refs]')).toBe('hpv dna testing');
    expect(normaliseTitle('Risk of CIN.[Erratum appears in Int J Cancer. 2007;121(8):1873]')).toBe('risk of cin');
  });
  it('splitTranslatedTitle(raw) separates an English title from its original in brackets', () => {
    expect(splitTranslatedTitle('Crowdwork: a relational theory [Arbeiten in der Crowd: eine Theorie]')).toEqual([
      'Crowdwork: a relational theory',
      'Arbeiten in der Crowd: eine Theorie',
    ]);
    expect(splitTranslatedTitle('A study [Chinese]')).toBeUndefined();
  });
  it('noticeKind(title) recognises errata, retractions and comments but not an article that mentions its erratum', () => {
    expect(noticeKind('Erratum: Cultural universality versus particularity in CMC')).toBe('correction');
    expect(noticeKind('Eculizumab for atypical HUS (vol 360, pg 542, 2009)')).toBe('correction');
    expect(noticeKind('Retraction notice to: stem cells in cirrhosis')).toBe('retraction');
    expect(noticeKind('Re: stem cells in cirrhosis')).toBe('comment');
    expect(noticeKind('Correction of scoliosis in adults')).toBeUndefined();
    expect(noticeKind('Response of tumours to cisplatin')).toBeUndefined();
    expect(noticeKind('Risk of CIN.[Erratum appears in Int J Cancer. 2007]')).toBeUndefined();
  });
  it('titleSimilarity(a, b) scores spelling variants high and a dropped subtitle at 0.9', () => {
    expect(titleSimilarity('haemolytic uraemic syndrome in children', 'hemolytic uremic syndrome in children')).toBeGreaterThan(0.9);
    expect(titleSimilarity('diminished control in crowdsourcing', 'diminished control in crowdsourcing an investigation of multitasking')).toBe(0.9);
    expect(titleSimilarity('', 'anything')).toBe(0);
  });
});

describe('author normalisation', () => {
  it('normaliseAuthor(name) gives surname and initials from every common form', () => {
    for (const name of ['Zuna, R. E.', 'Zuna, Rosemary E', 'R. E. Zuna', 'Zuna RE']) {
      expect(normaliseAuthor(name)).toMatchObject({ surname: 'zuna', initials: 're', cjk: false });
    }
    expect(normaliseAuthor('Zuna, Rosemary E')?.given).toBe('rosemary');
    expect(normaliseAuthor('Zuna RE')?.given).toBeUndefined();
    expect(normaliseAuthor('Le Quintrec, M.')?.surname).toBe('lequintrec');
    expect(normaliseAuthor('Zhou, Xiangdong')).toEqual({ surname: 'zhou', initials: 'x', cjk: false, given: 'xiangdong' });
  });
  it('normaliseAuthor(name) keeps a Chinese name whole', () => {
    expect(normaliseAuthor('张 伟')).toEqual({ surname: '张伟', initials: '', cjk: true });
  });
  it('authorOverlap(a, b) uses the shorter list and is undefined across scripts', () => {
    expect(authorOverlap(normaliseAuthors(['Zuna, R E', 'Wang, S S']), normaliseAuthors(['Zuna RE']))).toBe(1);
    expect(authorOverlap(normaliseAuthors(['Zuna, R E']), normaliseAuthors(['Smith, J']))).toBe(0);
    expect(authorOverlap(normaliseAuthors(['张伟']), normaliseAuthors(['Zhang, W']))).toBeUndefined();
    expect(authorOverlap([], normaliseAuthors(['Zhang, W']))).toBeUndefined();
  });
});

describe('journal, pages and DOI normalisation', () => {
  it('journalsCompatible(a, b) accepts ISO 4 abbreviations, alternative names and conference acronyms', () => {
    const j = (s: string) => normaliseJournal(s);
    expect(journalsCompatible(j('Nat Rev Nephrol'), j('Nature reviews. Nephrology'))).toBe(true);
    expect(journalsCompatible(j('Clin Exp Pharmacol Physiol'), j('Clinical & Experimental Pharmacology & Physiology'))).toBe(true);
    expect(journalsCompatible(j('Chinese J Tuberc Respir Dis'), j('Zhonghua jie he he hu xi za zhi = Chinese journal of tuberculosis and respiratory diseases'))).toBe(true);
    expect(journalsCompatible(j('AMCIS 2017 Proceedings'), j('Americas Conference on Information Systems'))).toBe(true);
    expect(journalsCompatible(j('Cancer'), j('Cancer Cytopathology'))).toBe(false);
    expect(journalsCompatible(j('Journal of Clinical Virology'), j('Journal of Clinical Oncology'))).toBe(false);
    expect(journalsCompatible(j(''), j('Cancer'))).toBeUndefined();
  });
  it('normalisePages(raw) expands abbreviated last pages and reads every separator', () => {
    expect(normalisePages('73-6')).toEqual({ first: '73', last: '76' });
    expect(normalisePages('73-76')).toEqual({ first: '73', last: '76' });
    expect(normalisePages('376 -- 383')).toEqual({ first: '376', last: '383' });
    expect(normalisePages('73')).toEqual({ first: '73', last: '73' });
    expect(normalisePages('iii33-iii41')?.first).toBe('iii33');
    expect(normalisePages('e0123')).toEqual({ first: 'e123', last: 'e123' });
    expect(normalisePages('"52-4, 64"')).toEqual({ first: '52', last: '54' });
    expect(normalisePages('n/a')).toBeUndefined();
  });
  it('normaliseDoi(raw) removes resolver prefixes and case', () => {
    expect(normaliseDoi('https://doi.org/10.1080/1097198X.2004.10856384.')).toBe('10.1080/1097198x.2004.10856384');
    expect(normaliseDoi('doi:10.1057/EJIS.2012.58')).toBe('10.1057/ejis.2012.58');
    expect(normaliseDoi('not a doi')).toBeUndefined();
  });
});

describe('normalisers for the error classes of the labelled benchmarks', () => {
  it('normaliseTitle(raw) drops MEDLINE [corrected] notes, appended citations and EMBASE letter tags', () => {
    expect(normaliseTitle('Memory rehabilitation... [corrected][published erratum appears in Brain Inj. 2013]')).toBe('memory rehabilitation');
    expect(normaliseTitle('More on eculizumab... N Engl J Med. 2009 Jan 29;360(5):544-6')).toBe('more on eculizumab');
    expect(normaliseTitle('Atypical HUS after infection (multiple letters) [1]')).toBe('atypical hus after infection');
  });
  it('noticeKind(title) reads "[corrected]" as a corrected article and an EMBASE citation as an erratum', () => {
    expect(noticeKind('Randomized phase II study of gemcitabine plus cisplatin or carboplatin [corrected], with cetuximab')).toBeUndefined();
    expect(noticeKind('Eculizumab for atypical HUS (New England Journal of Medicine (2009) 360 (542-544))')).toBe('correction');
  });
  it('noticeSubject(title) removes the notice heading and a cut-off citation', () => {
    expect(noticeSubject('Erratum: Severe deficiency of ADAMTS 13 activity (The Journal of Pediatrics (M')).toBe('Severe deficiency of ADAMTS 13 activity');
    expect(noticeSubject('Erratum')).toBe('Erratum');
  });
  it('pagesAgree(a, b) accepts a shared last page and a section letter, and cannot compare an article number', () => {
    expect(pagesAgree(normalisePages('569'), normalisePages('567-569'))).toBe(true);
    expect(pagesAgree(normalisePages('c37-c42'), normalisePages('37-42'))).toBe(true);
    expect(pagesAgree(normalisePages('c1804'), normalisePages('1014'))).toBeUndefined();
    expect(pagesAgree(normalisePages('1223-1229'), normalisePages('2205'))).toBe(false);
    expect(normalisePages('215 p')).toBeUndefined();
  });
  it('authorOverlap(a, b) matches particles, second family names and generational suffixes, but not Chen with Cheng', () => {
    expect(authorOverlap(normaliseAuthors(['Le Quintrec, M.']), normaliseAuthors(['Quintrec, M.']))).toBe(1);
    expect(authorOverlap(normaliseAuthors(['Tekin Bilbil, E.']), normaliseAuthors(['Bilbil, Ebru Tekin']))).toBe(1);
    expect(authorOverlap(normaliseAuthors(['Wright Jr., T C']), normaliseAuthors(['Wright, Jr']))).toBe(1);
    expect(authorOverlap(normaliseAuthors(['Chen, W.']), normaliseAuthors(['Cheng, W.']))).toBe(0);
    expect(normaliseAuthors(['ASCUS-LSIL Triage Study Group', 'Alexion Pharmaceuticals, Inc'])).toEqual([]);
    expect(normaliseAuthorsReversed(['Tamara, Kneese'])).toEqual([{ surname: 'kneese', initials: 't', cjk: false, given: 'tamara' }]);
  });
  it('journalsCompatible(a, b) ignores bare numbers and abbreviations on either side', () => {
    const j = (s: string) => normaliseJournal(s);
    expect(journalsCompatible(j('2007 International Conference on Service Systems and Service Management'), j('INTERNATIONAL CONFERENCE ON SERVICE SYSTEMS AND SERVICE MANAGEMENT, VOLS 1-3'))).toBe(true);
    expect(journalsCompatible(j('Journal of Thrombosis and Haemostasis.Conference: 23rd Congress'), j('J. Thromb. Haemost. Conference: 23rd Congress of the ISTH'))).toBe(true);
  });
  it('titleSimilarity(a, b) scores a title with a heading put before it at 0.9', () => {
    expect(titleSimilarity('thrombotic microangiopathy can liver kidney transplantation cure ahus', 'can liver kidney transplantation cure ahus')).toBe(0.9);
  });
});
