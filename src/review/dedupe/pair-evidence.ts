/**
 * What two prepared records agree and disagree on, field by field. Each field is
 * `undefined` when either record lacks it (no evidence), so that a sparse record is
 * neither rewarded nor punished for what it does not say.
 */
import { authorOverlap } from './author-overlap.js';
import { journalsCompatible } from './normalise-journal.js';
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
  readonly authors?: number;
  readonly yearGap?: number;
  readonly volume?: boolean;
  readonly issue?: boolean;
  readonly firstPage?: boolean;
  /** At least one of the records has pages. */
  readonly pagesKnown: boolean;
  readonly journal?: boolean;
  readonly doi?: boolean;
  readonly pmid?: boolean;
  readonly registration?: boolean;
  /** The records are a notice (erratum, retraction, comment) and something else. */
  readonly noticeMismatch: boolean;
  /** Known publication kinds differ (conference paper vs journal article). */
  readonly kindMismatch: boolean;
}

function same<T>(a: T | undefined, b: T | undefined): boolean | undefined {
  return a === undefined || b === undefined ? undefined : a === b;
}

function numbersOf(title: string): string {
  return (title.match(/\d+/g) ?? []).sort().join(' ');
}

export function pairEvidence(a: PreparedRecord, b: PreparedRecord): PairEvidence {
  let title = 0;
  let crossLanguage = false;
  let titleNumbersDiffer = false;
  let titleLength = 0;
  a.titles.forEach((ta, i) =>
    b.titles.forEach((tb, j) => {
      const s = titleSimilarity(ta, tb, 0.5);
      if (s > title) {
        title = s;
        crossLanguage = i !== j;
        titleNumbersDiffer = numbersOf(ta) !== numbersOf(tb);
        titleLength = Math.min(ta.length, tb.length);
      }
    }),
  );
  return {
    title,
    crossLanguage,
    titleLength,
    titleNumbersDiffer,
    authors: authorOverlap(a.authors, b.authors),
    yearGap: a.year === undefined || b.year === undefined ? undefined : Math.abs(a.year - b.year),
    volume: same(a.volume, b.volume),
    issue: same(a.issue, b.issue),
    firstPage: same(a.pages?.first, b.pages?.first),
    pagesKnown: a.pages !== undefined || b.pages !== undefined,
    journal: journalsCompatible(a.journal, b.journal),
    doi: same(a.doi, b.doi),
    pmid: same(a.pmid, b.pmid),
    registration:
      a.registrations.length === 0 || b.registrations.length === 0 ? undefined : a.registrations.some((r) => b.registrations.includes(r)),
    noticeMismatch: a.notice !== b.notice,
    kindMismatch: kindsConflict(a.kind, b.kind),
  };
}
