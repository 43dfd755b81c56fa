/**
 * Records to RIS (RIS Format Specifications, 2011), the export other reference
 * managers read. Pages "a-b" become SP and EP; the PMID is written as AN with DB
 * naming the database, as PubMed's own RIS does; a multi-line abstract continues
 * on untagged lines; the journal is JF, which readRis prefers. A record read from
 * RIS gets its `extra` tags back, so readRis(writeRis(records)) gives the records
 * again; other formats' extra fields (MEDLINE "FAU", CSV headers) are not written.
 */
import type { BibRecord } from '../../review/records/types.js';
import { findRegistrations } from './registrations.js';

// written from the record's own fields, so not again from `extra`
const FROM_FIELDS = new Set(['PY', 'AN', 'DB', 'ER']);

function line(tag: string, value: string | undefined): string[] {
  if (value === undefined || value === '') return [];
  const [first, ...more] = value.split('\n');
  return [`${tag}  - ${first}`, ...more];
}

function recordLines(r: BibRecord): string[] {
  const extra = r.extra ?? {};
  const pages = r.pages === undefined ? undefined : /^([^\s-]+)-([^\s-]+)$/.exec(r.pages);
  const out = [
    ...line('TY', r.type ?? 'JOUR'),
    ...line('ID', r.sourceId),
    ...line('TI', r.title),
    ...line('TT', r.altTitle),
    ...r.authors.flatMap((a) => line('AU', a)),
    ...line('PY', extra.PY ?? (r.year === undefined ? undefined : String(r.year))),
    ...line('JF', r.journal),
    ...line('VL', r.volume),
    ...line('IS', r.issue),
    ...(pages ? [...line('SP', pages[1]), ...line('EP', pages[2])] : line('SP', r.pages)),
    ...line('AB', r.abstract),
    ...(r.keywords ?? []).flatMap((k) => line('KW', k)),
    ...line('DO', r.doi),
    ...line('AN', r.pmid ?? extra.AN),
    ...line('LA', r.language),
    ...line('UR', r.url),
    ...line('DB', extra.DB ?? r.source.database),
  ];
  // Only a record read from RIS has nothing but RIS tags in `extra`; another format's tag
  // can look like one and mean something else (MEDLINE's IS is an ISSN, RIS's an issue).
  const fromRis = Object.keys(extra).every((tag) => /^[A-Z][A-Z0-9]$/.test(tag));
  for (const [tag, value] of Object.entries(extra)) {
    if (fromRis && !FROM_FIELDS.has(tag)) out.push(...value.split('\n').flatMap((v) => line(tag, v)));
  }
  // registrations found in fields RIS has no tag for (MEDLINE SI, a CSV column) would vanish
  const written = new Set(findRegistrations(out));
  const missing = (r.registrations ?? []).filter((id) => !written.has(id));
  if (missing.length > 0) out.push(...line('N1', `Trial registration: ${missing.join('; ')}`));
  out.push('ER  - ');
  return out;
}

export function writeRis(records: readonly BibRecord[]): string {
  return records.map((r) => `${recordLines(r).join('\r\n')}\r\n`).join('\r\n');
}
