/**
 * Assembles a BibRecord from what a reader found: empty fields left out (so records
 * compare and serialise cleanly), the database chosen as the brief of issue 7 asks
 * (the caller's option, else the file's own indication, else the format's default),
 * and trial registration numbers gathered from every text field.
 */
import type { BibRecord } from '../../review/records/types.js';
import { databaseName } from './database-name.js';
import { findRegistrations } from './registrations.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type RecordFields = Partial<Omit<Mutable<BibRecord>, 'source' | 'authors' | 'keywords' | 'registrations' | 'extra'>> & {
  authors?: readonly string[];
  keywords?: readonly string[];
  registrations?: readonly string[];
  extra?: Record<string, string>;
};

export interface RecordPlace {
  readonly file: string;
  readonly line: number;
  /** 1-based position of the record in its file, the identifier of last resort. */
  readonly ordinal: number;
  /** ReadOptions.database, which wins over the file. */
  readonly option?: string;
  /** What the file says (RIS DB, %W, Database Provider…). */
  readonly stated?: string;
  readonly fallback: string;
}

const TEXT_KEYS = ['title', 'altTitle', 'abstract', 'url', 'doi', 'journal'] as const;

function clean(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

export function buildRecord(fields: RecordFields, place: RecordPlace): BibRecord {
  const authors = (fields.authors ?? []).map((a) => a.trim()).filter((a) => a !== '');
  const keywords = (fields.keywords ?? []).map((k) => k.trim()).filter((k) => k !== '');
  const extra = fields.extra ?? {};
  const texts = [...TEXT_KEYS.map((k) => fields[k] ?? ''), ...keywords, ...Object.values(extra)];
  const registrations = [...new Set([...(fields.registrations ?? []), ...findRegistrations(texts)])];
  const optional: Record<string, unknown> = {
    type: clean(fields.type),
    altTitle: clean(fields.altTitle),
    year: fields.year,
    journal: clean(fields.journal),
    volume: clean(fields.volume),
    issue: clean(fields.issue),
    pages: clean(fields.pages),
    abstract: clean(fields.abstract),
    keywords: keywords.length > 0 ? keywords : undefined,
    doi: clean(fields.doi),
    pmid: clean(fields.pmid),
    registrations: registrations.length > 0 ? registrations : undefined,
    language: clean(fields.language),
    url: clean(fields.url),
    extra: Object.keys(extra).length > 0 ? extra : undefined,
  };
  const database = clean(place.option) ?? databaseName(place.stated) ?? place.fallback;
  const record: Record<string, unknown> = {
    sourceId: clean(fields.sourceId) ?? String(place.ordinal),
    source: { database, file: place.file, line: place.line },
    title: fields.title?.trim() ?? '',
    authors,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) record[k] = v;
  return record as unknown as BibRecord;
}
