/**
 * Two records as rows of a comparison, field by field, each marked when the two differ
 * (after trimming and case-folding: an upper-case title is the same title).
 */
import type { BibRecord } from '../api/types.js';

export type FieldName = 'title' | 'authors' | 'year' | 'journal' | 'volume' | 'issue' | 'pages' | 'doi' | 'pmid' | 'registrations' | 'database' | 'abstract';
export interface FieldRow {
  readonly field: FieldName;
  readonly a: string;
  readonly b: string;
  readonly differs: boolean;
}

const FIELDS: readonly FieldName[] = ['title', 'authors', 'year', 'journal', 'volume', 'issue', 'pages', 'doi', 'pmid', 'registrations', 'database', 'abstract'];

function value(r: BibRecord, f: FieldName): string {
  if (f === 'authors') return r.authors.join('; ');
  if (f === 'registrations') return (r.registrations ?? []).join('; ');
  if (f === 'database') return r.source.database;
  const v = r[f];
  return v === undefined ? '' : String(v);
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Fields empty in both records are left out. */
export function compareFields(a: BibRecord, b: BibRecord): FieldRow[] {
  return FIELDS.map((field) => ({ field, a: value(a, field), b: value(b, field) }))
    .filter((r) => r.a !== '' || r.b !== '')
    .map((r) => ({ ...r, differs: norm(r.a) !== norm(r.b) }));
}
