/**
 * Turns a pair's evidence into a score, reasons and a decision.
 *
 * Score: a weighted mean over the fields both records have (title 4, DOI 3, PMID 3,
 * authors 2, first page 1.5, year 1, volume 1, journal 0.5, issue 0.25), so it reads as
 * "how much of the available evidence agrees". It orders the queue; the decision itself
 * follows rules, because a false merge (an eligible study silently dropped) costs far
 * more than a pair sent to a person (McKeown & Mir 2021, Syst Rev 10:38).
 *
 * Conflicts that block an automatic merge, whatever the title: different DOIs or
 * PMIDs, years more than one apart (online-first vs print explains one year), pages that
 * disagree (pages-agree.ts: neither first nor last page shared), different volumes, different issues when neither record has pages (recurring
 * columns such as "Editor's comments" share title, authors and volume), titles that
 * differ in a number ("FOCUS 1" / "FOCUS 2"), authors comparable but none in common (unless
 * a shared DOI or PMID comes with a title ≥ `autoTitle`: author fields are the most
 * mangled in exports), a notice
 * (erratum, retraction, comment) against anything else, a conference paper against a
 * journal article. A trial registration shared alone is never enough: one trial has
 * protocol, results and follow-up papers.
 *
 * Duplicate (auto-merge), with no conflict:
 * - same DOI or PMID and title similarity ≥ `idTitle` (0.7: a shared supplement DOI
 *   with another title must not merge);
 * - title similarity ≥ `autoTitle` (0.9: spelling variants, a dropped subtitle or
 *   typos keep long titles above it) and at least `minAgreements` (3) of: authors
 *   overlap ≥ 0.5, same year, same volume, same first page, compatible journal. A title
 *   under `shortTitle` (30) characters ("Editorial", "Reply") must also have the same
 *   volume and first page;
 * - title similarity ≥ `locatedTitle` (0.75: a Greek letter lost in export, a section
 *   heading glued to the title) when year, volume, pages and at least half the
 *   authors agree and the journals do not disagree (for proceedings, which have no
 *   volume, compatible meeting names instead): the citation itself locates the paper;
 * - any two titled records with the same year, volume, issue and whole page range of three
 *   pages or more, half the authors and no journal disagreement (one paper indexed under
 *   titles in two languages).
 * Two conference papers a year apart count the year as agreeing when neither has a
 * volume: meeting and proceedings are often dated a year apart.
 * Two rules merge despite conflicts that a wrong or duplicated export explains:
 * - the same abstract (`sameAbstract`, below): resemblance ≥ `abstract` (0.9) of abstracts of
 *   50 words or more, title ≥ `autoTitle`, half the authors, years at most one apart,
 *   journals not disagreeing, one kind. DOIs, volumes, pages and issues may differ (a paper
 *   republished in a later issue under a new DOI), a footnote digit may end one title, and
 *   an erratum record carrying its article's own abstract joins the article;
 * - the same title in the same issue (`sameIssue`, below): identical titles, every author
 *   shared, same year, journal, volume and issue, only the pages differ.
 * A volume equal to the record's own year is no volume (pair-evidence.ts), so "2016(May)"
 * does not conflict with "94(5)".
 * Uncertain (queued for a person): title similarity ≥ `uncertainTitle` (0.8) with
 * score ≥ `uncertainScore` (0.6); a shared identifier that fails the rules above; a
 * shared registration with title similarity ≥ 0.5. Everything else is distinct.
 */
import type { PairEvidence } from './pair-evidence.js';

export type Decision = 'duplicate' | 'uncertain' | 'distinct';

const NOTICE = 'notice (erratum, retraction or comment) vs publication';

export interface DecisionThresholds {
  readonly autoTitle: number;
  readonly locatedTitle: number;
  readonly idTitle: number;
  readonly uncertainTitle: number;
  readonly uncertainScore: number;
  readonly minAgreements: number;
  readonly shortTitle: number;
  readonly abstract: number;
}

export const DEFAULT_THRESHOLDS: DecisionThresholds = {
  autoTitle: 0.9,
  locatedTitle: 0.75,
  idTitle: 0.7,
  uncertainTitle: 0.8,
  uncertainScore: 0.6,
  minAgreements: 3,
  shortTitle: 30,
  abstract: 0.9,
};

export interface PairJudgement {
  readonly score: number;
  readonly reasons: readonly string[];
  readonly decision: Decision;
}

/**
 * Same year, volume and pages with shared authors: the paper's place in the journal
 * identifies it. Proceedings have no volume: there the same meeting (compatible names)
 * takes its place.
 */
const located = (e: PairEvidence) =>
  e.yearGap === 0 &&
  e.pages === true &&
  e.authors !== undefined &&
  e.authors >= 0.5 &&
  (e.volume === true ? e.journal !== false : e.volume === undefined && e.journal === true);

/**
 * Same year, volume, issue and whole page range (three pages or more) with shared
 * authors: one article, even when its titles are in two languages (a German paper
 * indexed under its English title) and share no words.
 */
const cited = (e: PairEvidence) =>
  e.titled && e.wholeRange && e.yearGap === 0 && e.volume === true && e.issue !== false && e.authors !== undefined && e.authors >= 0.5 && e.journal !== false;

/**
 * The same abstract, word for word up to quotes, dashes or a sentence: two exports of one
 * text. Three-word shingles of two different abstracts overlap little even on one study
 * (protocol and results, a conference abstract and its paper), and 50 words keep out the
 * placeholders and publisher lines that unrelated records share. It overrules what a
 * republication or an export error changes (DOI, volume, issue, pages, a footnote digit
 * left at the end of the title), never what tells two works apart:
 * - the authors must agree: a commentary is sometimes indexed with the title and abstract of
 *   the article it discusses, by its own author;
 * - the title must agree (≥ autoTitle, 30 characters or more, so a recurring column with a
 *   stock abstract and a short title stays apart) and the journals must not disagree;
 * - one kind of publication (a conference paper and its journal version often share their
 *   abstract), years at most one apart;
 * - a retraction or comment stays apart from its article; only a correction carrying the
 *   article's own abstract joins it, in the same journal. Errata have no abstract of their
 *   own (ICMJE, "Corrections"), so such a record is the article indexed again under the
 *   erratum's heading; merging it keeps the article and hides no study.
 */
function sameAbstract(e: PairEvidence, t: DecisionThresholds): boolean {
  return (
    e.abstract !== undefined &&
    e.abstract >= t.abstract &&
    e.title >= t.autoTitle &&
    e.titleLength >= t.shortTitle &&
    e.authors !== undefined &&
    e.authors >= 0.5 &&
    (e.yearGap === undefined || e.yearGap <= 1) &&
    e.journal !== false &&
    !e.kindMismatch &&
    (!e.titleNumbersDiffer || e.titleFootnote) &&
    (!e.noticeMismatch || (e.correctionMismatch && e.journal === true))
  );
}
const ABSTRACT_OVERRULES = new Set(['different DOIs', 'different PMIDs', 'different volumes', 'different pages', 'different issues', 'numbers in the titles differ', NOTICE]);

/**
 * The same title (letters and digits identical), every author shared, in the same journal,
 * year, volume and issue: one issue does not print two different items under one title by
 * one author list, so when the pages disagree one export has them wrong (an abstract
 * printed twice in a meeting supplement, a typo). The issue must be known and shared: a
 * recurring column (same title and editor, same volume) or an unmarked erratum runs in a
 * later issue, and a sequel differs in a number of its title.
 */
const sameIssue = (e: PairEvidence, t: DecisionThresholds) =>
  e.titleSame &&
  e.titleLength >= t.shortTitle &&
  e.authors === 1 &&
  e.yearGap === 0 &&
  e.volume === true &&
  e.issue === true &&
  e.journal === true &&
  !e.noticeMismatch &&
  !e.kindMismatch;

const yes = (v: boolean | undefined): number | undefined => (v === undefined ? undefined : v ? 1 : 0);

export function decidePair(e: PairEvidence, t: DecisionThresholds = DEFAULT_THRESHOLDS): PairJudgement {
  const parts: [number, number | undefined][] = [
    [4, e.title],
    [3, yes(e.doi)],
    [3, yes(e.pmid)],
    [2, e.authors],
    [1.5, yes(e.pages)],
    [1, e.yearGap === undefined ? undefined : e.yearGap === 0 ? 1 : e.yearGap === 1 ? 0.5 : 0],
    [1, yes(e.volume)],
    [0.5, yes(e.journal)],
    [0.25, yes(e.issue)],
  ];
  let num = 0;
  let den = 0;
  for (const [w, v] of parts) if (v !== undefined) [num, den] = [num + w * v, den + w];
  const score = num / den;

  const reasons: string[] = [`title ${e.title.toFixed(2)}${e.crossLanguage ? ' (across languages)' : ''}`];
  const conflicts: string[] = [];
  const agreements: string[] = [];
  const note = (v: boolean | undefined, agree: string, conflict: string, list = agreements) => {
    if (v === true) list.push(agree);
    else if (v === false) conflicts.push(conflict);
  };
  note(e.doi, 'same DOI', 'different DOIs', reasons);
  note(e.pmid, 'same PMID', 'different PMIDs', reasons);
  if (e.registration === true) reasons.push('same trial registration');
  // author fields are the most mangled in exports (given names first, initials as surnames), so a shared
  // identifier with a near-identical title outweighs authors that match no one
  const byId = e.doi === true || e.pmid === true;
  const authorsOverruled = byId && e.title >= t.autoTitle;
  if (e.authors !== undefined)
    (e.authors >= 0.5 ? agreements : e.authors === 0 && !authorsOverruled ? conflicts : reasons).push(`authors ${e.authors.toFixed(2)}`);
  if (e.yearGap === 0) agreements.push('same year');
  // a conference paper carries the meeting's year or the proceedings' year, often one apart
  else if (e.yearGap === 1 && e.proceedings && e.volume === undefined) agreements.push('meeting and proceedings years');
  else if (e.yearGap === 1) reasons.push('years 1 apart');
  else if (e.yearGap !== undefined) conflicts.push(`years ${e.yearGap} apart`);
  note(e.volume, 'same volume', 'different volumes');
  note(e.pages, e.firstPage === true ? 'same first page' : 'same last page', 'different pages');
  // issue numbers are noisy in some exports (record numbers in respiratory), so they only count when pages cannot decide
  if (e.issue === false && !e.pagesKnown) conflicts.push('different issues');
  if (e.titleNumbersDiffer) conflicts.push('numbers in the titles differ');
  if (e.journal === true) agreements.push('compatible journals');
  else if (e.journal === false) reasons.push('journals differ');
  if (e.noticeMismatch) conflicts.push(NOTICE);
  if (e.abstract !== undefined && e.abstract >= t.abstract) reasons.push(`same abstract ${e.abstract.toFixed(2)}`);
  if (e.kindMismatch) conflicts.push('different publication kinds');
  reasons.push(...agreements, ...conflicts);

  let decision: Decision = 'distinct';
  if (conflicts.length === 0 && byId && e.title >= t.idTitle) decision = 'duplicate';
  else if (
    conflicts.length === 0 &&
    e.title >= t.autoTitle &&
    agreements.length >= t.minAgreements &&
    (e.titleLength >= t.shortTitle || (e.volume === true && e.pages === true))
  )
    decision = 'duplicate';
  else if (conflicts.length === 0 && e.title >= t.locatedTitle && located(e)) decision = 'duplicate';
  else if (conflicts.length === 0 && cited(e)) decision = 'duplicate';
  else if (sameAbstract(e, t) && conflicts.every((c) => ABSTRACT_OVERRULES.has(c))) decision = 'duplicate';
  else if (sameIssue(e, t) && conflicts.every((c) => c === 'different pages')) decision = 'duplicate';
  else if (byId || (e.title >= t.uncertainTitle && score >= t.uncertainScore) || (e.registration === true && e.title >= 0.5))
    decision = 'uncertain';
  return { score, reasons, decision };
}
