/**
 * A record's normalised copy, built once so that pair scoring does no string work
 * beyond the comparisons themselves. The BibRecord is left untouched.
 */
import type { BibRecord } from '../records/types.js';
import { normaliseAuthors, type AuthorKey } from './normalise-authors.js';
import { normaliseDoi } from './normalise-doi.js';
import { normaliseJournal } from './normalise-journal.js';
import { normalisePages, type PageRange } from './normalise-pages.js';
import { normaliseTitle, splitTranslatedTitle } from './normalise-title.js';
import { noticeKind, type NoticeKind } from './notice-kind.js';
import { publicationKind, type PublicationKind } from './publication-kind.js';

export interface PreparedRecord {
  readonly id: string;
  /** The normalised title (or, for "English [Original]", both parts), then the alternative-language title if any. */
  readonly titles: readonly string[];
  readonly notice?: NoticeKind;
  readonly kind?: PublicationKind;
  readonly authors: readonly AuthorKey[];
  readonly year?: number;
  readonly volume?: string;
  readonly issue?: string;
  readonly pages?: PageRange;
  readonly journal: readonly string[][];
  readonly doi?: string;
  readonly pmid?: string;
  readonly registrations: readonly string[];
}

/**
 * Volume or issue as its first run of digits without leading zeros ("10411 LNCS" and
 * "10411", "30a" and "30" agree); undefined when it holds no digit ("UNKNOWN").
 */
function normaliseNumber(raw: string | undefined): string | undefined {
  const digits = raw?.normalize('NFKC').match(/\d+/)?.[0];
  return digits === undefined ? undefined : digits.replace(/^0+(?=\d)/, '');
}

export function prepareRecord(record: BibRecord): PreparedRecord {
  const split = splitTranslatedTitle(record.title);
  const titles = split ? split.map(normaliseTitle) : [normaliseTitle(record.title)];
  if (record.altTitle !== undefined && record.altTitle.trim() !== '') titles.push(normaliseTitle(record.altTitle));
  const pmid = record.pmid?.replace(/\D/g, '');
  return {
    id: record.sourceId,
    titles: titles.filter((t) => t !== ''),
    notice: noticeKind(record.title),
    kind: publicationKind(record.type),
    authors: normaliseAuthors(record.authors),
    year: record.year !== undefined && Number.isFinite(record.year) ? record.year : undefined,
    volume: normaliseNumber(record.volume),
    issue: normaliseNumber(record.issue),
    pages: normalisePages(record.pages),
    journal: normaliseJournal(record.journal),
    doi: normaliseDoi(record.doi),
    pmid: pmid === undefined || pmid === '' ? undefined : pmid,
    registrations: (record.registrations ?? []).map((r) => r.toUpperCase().replace(/[^A-Z0-9]/g, '')).filter((r) => r !== ''),
  };
}
