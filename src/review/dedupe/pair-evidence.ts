/**
 * What two prepared records agree and disagree on, field by field. Each field is
 * `undefined` when either record lacks it (no evidence), so that a sparse record is
 * neither rewarded nor punished for what it does not say.
 */
import { abstractSimilarity, shinglesOf } from './abstract-similarity.js';
import { authorOverlap } from './author-overlap.js';
import { normaliseAuthorsReversed } from './normalise-authors.js';
import { journalsCompatible } from './normalise-journal.js';
import type { PageRange } from './normalise-pages.js';
import { pagesAgree } from './pages-agree.js';
import type { PreparedRecord } from './prepare.js';
import { kindsConflict } from './publication-kind.js';
import { titleSimilarity } from './title-similarity.js';

export interface PairEvidence {
  /** Best similarity over the titles and alternative-language titles, 0…1. */
  readonly title: number;
  /** True when the best title match paired a title with the other record's altTitle. */
  readonly crossLanguage: boolean;
  /** Length of the shorter of the two best-matching titles, in characters. */
  readonly titleLength: number;
  /** The best-matching titles carry different numbers ("FOCUS 1" / "FOCUS 2", "phase 2" / "phase 3"). */
  readonly titleNumbersDiffer: boolean;
  /** The numbers differ only by a lone digit ending one title, a footnote mark an export kept ("… employee representation 1"). */
  readonly titleFootnote: boolean;
  /** The best-matching titles are the same letters and digits, spaces aside ("symptom's" and "symptoms" fold alike). */
  readonly titleSame: boolean;
  /**
   * Resemblance of the abstracts (abstract-similarity.ts); undefined unless both have one of
   * useful length and the titles agree at `ABSTRACT_TITLE` or more (no rule uses the abstracts
   * of pairs whose titles differ, and most pairs are left without building shingles).
   */
  readonly abstract?: number;
  readonly authors?: number;
  readonly yearGap?: number;
  readonly volume?: boolean;
  readonly issue?: boolean;
  /** The pages agree (pages-agree.ts: same first page, or same last page); undefined when either lacks pages or one is an article number. */
  readonly pages?: boolean;
  /** Same first page: with `pages`, tells a shared first page from a shared last page. */
  readonly firstPage?: boolean;
  /** Same first and last page, spanning three pages or more: a full article's place, which no other paper in that volume shares. */
  readonly wholeRange: boolean;
  /** At least one of the records has pages. */
  readonly pagesKnown: boolean;
  readonly journal?: boolean;
  readonly doi?: boolean;
  readonly pmid?: boolean;
  readonly registration?: boolean;
  /** The records are a notice (erratum, retraction, comment) and something else. */
  readonly noticeMismatch: boolean;
  /** The mismatch is a correction (erratum, corrigendum) against a record that is no notice. */
  readonly correctionMismatch: boolean;
  /** Known publication kinds differ (conference paper vs journal article). */
  readonly kindMismatch: boolean;
  /** Both records are conference papers, dated by the meeting or by the proceedings' publication (often a year apart). */
  readonly proceedings: boolean;
  /** Both records have a non-empty title. */
  readonly titled: boolean;
}

function same<T>(a: T | undefined, b: T | undefined): boolean | undefined {
  return a === undefined || b === undefined ? undefined : a === b;
}

/** The numbers of a title, with thousands separated by a space joined up ("10 000" is 10000). */
function numbersOf(title: string): string {
  return (title.replace(/(\d) (?=\d{3}(?!\d))/g, '$1').match(/\d+/g) ?? []).sort().join(' ');
}

/** Title similarity from which the abstracts are compared. */
export const ABSTRACT_TITLE = 0.75;

/** The title without a lone digit 1–9 at its end, where an export leaves a footnote mark. */
const withoutFootnote = (title: string) => title.replace(/ [1-9]$/, '');

/**
 * Volumes compared, except that a volume equal to the record's own year is no volume:
 * magazines and some exports file the year there ("2016", issue "May") where another
 * database gives the volume (94, issue 5), so the two say nothing against each other.
 */
function sameVolume(a: PreparedRecord, b: PreparedRecord): boolean | undefined {
  if (a.volume === undefined || b.volume === undefined) return undefined;
  if (a.volume === b.volume) return true;
  return a.volume === String(a.year) || b.volume === String(b.year) ? undefined : false;
}

/** Same first and last page, three pages or more apart in print. */
function sameWholeRange(a: PageRange | undefined, b: PageRange | undefined): boolean {
  if (a === undefined || b === undefined || a.first !== b.first || a.last !== b.last) return false;
  const first = Number(a.first);
  const last = Number(a.last);
  return Number.isInteger(first) && Number.isInteger(last) && last - first >= 2;
}

/** Author agreement as written, or with one list read given-name first when that agrees better. */
function authorsAgree(a: PreparedRecord, b: PreparedRecord): number | undefined {
  const direct = authorOverlap(a.authors, b.authors);
  if (direct === undefined || direct >= 0.5) return direct;
  return Math.max(
    direct,
    authorOverlap(a.authors, normaliseAuthorsReversed(b.rawAuthors)) ?? 0,
    authorOverlap(normaliseAuthorsReversed(a.rawAuthors), b.authors) ?? 0,
  );
}

export function pairEvidence(a: PreparedRecord, b: PreparedRecord): PairEvidence {
  let title = 0;
  let crossLanguage = false;
  let titleNumbersDiffer = false;
  let titleFootnote = false;
  let titleSame = false;
  let titleLength = 0;
  a.titles.forEach((ta, i) =>
    b.titles.forEach((tb, j) => {
      const s = titleSimilarity(ta, tb, 0.5);
      if (s > title) {
        title = s;
        crossLanguage = i !== j;
        titleNumbersDiffer = numbersOf(ta) !== numbersOf(tb);
        // only one title may carry the mark: "… 1" against "… 2" is a numbered series
        titleFootnote = titleNumbersDiffer && (numbersOf(withoutFootnote(ta)) === numbersOf(tb) || numbersOf(ta) === numbersOf(withoutFootnote(tb)));
        titleSame = ta.replace(/ /g, '') === tb.replace(/ /g, '');
        titleLength = Math.min(ta.length, tb.length);
      }
    }),
  );
  return {
    title,
    crossLanguage,
    titleLength,
    titleNumbersDiffer,
    titleFootnote,
    titleSame,
    abstract: title >= ABSTRACT_TITLE && a.abstractText !== undefined && b.abstractText !== undefined ? abstractSimilarity(shinglesOf(a), shinglesOf(b)) : undefined,
    authors: authorsAgree(a, b),
    yearGap: a.year === undefined || b.year === undefined ? undefined : Math.abs(a.year - b.year),
    volume: sameVolume(a, b),
    issue: same(a.issue, b.issue),
    pages: pagesAgree(a.pages, b.pages),
    firstPage: same(a.pages?.first, b.pages?.first),
    wholeRange: sameWholeRange(a.pages, b.pages),
    pagesKnown: a.pages !== undefined || b.pages !== undefined,
    journal: journalsCompatible(a.journal, b.journal),
    doi: same(a.doi, b.doi),
    pmid: same(a.pmid, b.pmid),
    registration:
      a.registrations.length === 0 || b.registrations.length === 0 ? undefined : a.registrations.some((r) => b.registrations.includes(r)),
    noticeMismatch: a.notice !== b.notice,
    correctionMismatch: (a.notice === 'correction' && b.notice === undefined) || (b.notice === 'correction' && a.notice === undefined),
    kindMismatch: kindsConflict(a.kind, b.kind),
    proceedings: a.kind === 'conference' && b.kind === 'conference',
    titled: a.titles.length > 0 && b.titles.length > 0,
  };
}
