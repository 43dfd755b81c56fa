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
import { noticeKind, noticeSubject, type NoticeKind } from './notice-kind.js';
import { publicationKind, type PublicationKind } from './publication-kind.js';

export interface PreparedRecord {
  readonly id: string;
  /** The normalised title (or, for "English [Original]", both parts), then the alternative-language title if any. */
  readonly titles: readonly string[];
  readonly notice?: NoticeKind;
  readonly kind?: PublicationKind;
  readonly authors: readonly AuthorKey[];
  /** The authors as the source gave them, read again given-name first when `authors` do not match (pair-evidence.ts). */
  readonly rawAuthors: readonly string[];
  readonly year?: number;
  readonly volume?: string;
  readonly issue?: string;
  readonly pages?: PageRange;
  readonly journal: readonly (readonly string[])[];
  readonly doi?: string;
  readonly pmid?: string;
  readonly registrations: readonly string[];
  /** The abstract as the source gave it; its shingles are built when a pair needs them (abstract-similarity.ts). */
  readonly abstractText?: string;
}

/**
 * Volume or issue as its first run of digits without leading zeros ("10411 LNCS" and
 * "10411", "30a" and "30" agree); undefined when it holds no digit ("UNKNOWN").
 */
function normaliseNumber(raw: string | undefined): string | undefined {
  const digits = raw?.normalize('NFKC').match(/\d+/)?.[0];
  return digits === undefined ? undefined : digits.replace(/^0+(?=\d)/, '');
}

function journalOf(raw: string | undefined, cache: Map<string, string[][]> | undefined): string[][] {
  if (raw === undefined || cache === undefined) return normaliseJournal(raw);
  let parsed = cache.get(raw);
  if (parsed === undefined) {
    parsed = normaliseJournal(raw);
    cache.set(raw, parsed);
  }
  return parsed;
}

export function prepareRecord(record: BibRecord): PreparedRecord {
  return prepare(record, undefined);
}

/**
 * Every record prepared, one parsed journal name shared by the records of a journal
 * (a search export holds a few hundred journals over thousands of records).
 */
export function prepareRecords(records: readonly BibRecord[]): PreparedRecord[] {
  const journals = new Map<string, string[][]>();
  return records.map((r) => prepare(r, journals));
}

function prepare(record: BibRecord, journals: Map<string, string[][]> | undefined): PreparedRecord {
  const notice = noticeKind(record.title);
  // a notice is compared on what it is about; the notice kind keeps it apart from the article itself
  const title = notice === undefined ? record.title : noticeSubject(record.title);
  const split = splitTranslatedTitle(title);
  const titles = split ? split.map(normaliseTitle) : [normaliseTitle(title)];
  if (record.altTitle !== undefined && record.altTitle.trim() !== '') titles.push(normaliseTitle(record.altTitle));
  const pmid = record.pmid?.replace(/\D/g, '');
  return {
    id: record.sourceId,
    titles: titles.filter((t) => t !== ''),
    notice,
    kind: publicationKind(record.type),
    authors: normaliseAuthors(record.authors),
    rawAuthors: record.authors,
    year: record.year !== undefined && Number.isFinite(record.year) ? record.year : undefined,
    volume: normaliseNumber(record.volume),
    issue: normaliseNumber(record.issue),
    pages: normalisePages(record.pages),
    journal: journalOf(record.journal, journals),
    doi: normaliseDoi(record.doi),
    pmid: pmid === undefined || pmid === '' ? undefined : pmid,
    registrations: (record.registrations ?? []).map((r) => r.toUpperCase().replace(/[^A-Z0-9]/g, '')).filter((r) => r !== ''),
    abstractText: record.abstract,
  };
}
