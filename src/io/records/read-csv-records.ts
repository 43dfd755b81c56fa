/**
 * Search results as a CSV table (RFC 4180 through parseCsv): one record a row,
 * columns recognised by name in any case, order or spacing ("ID"/"record_id",
 * "author"/"authors", "number"/"issue", "ENTRYTYPE"…, as in bib-dedupe's
 * benchmark sets and reference-manager exports). Authors split on ";" or " and ",
 * or on commas when every part is "Surname AB" (PubMed's CSV). A "database"
 * column names the database. Other columns stay in `extra` under their header.
 */
import type { BibRecord } from '../../review/records/types.js';
import { parseCsv } from '../csv/parse-csv.js';
import { buildRecord } from './build-record.js';
import type { RecordFields } from './build-record.js';
import { splitKeywords, splitNames } from './split-list.js';
import type { ImportWarning, ReadOptions, ReadResult } from './types.js';
import { parseYear } from './year.js';

type Field = keyof RecordFields | 'database';

const ALIASES: Readonly<Record<string, Field>> = {
  id: 'sourceId', recordid: 'sourceId', key: 'sourceId', citekey: 'sourceId',
  title: 'title', articletitle: 'title', ti: 'title',
  alttitle: 'altTitle', translatedtitle: 'altTitle',
  author: 'authors', authors: 'authors', au: 'authors',
  year: 'year', publicationyear: 'year', py: 'year',
  journal: 'journal', journaltitle: 'journal', sourcetitle: 'journal', journalbook: 'journal', publicationtitle: 'journal', secondarytitle: 'journal',
  volume: 'volume', vl: 'volume',
  issue: 'issue', number: 'issue',
  pages: 'pages', page: 'pages', pg: 'pages',
  doi: 'doi', abstract: 'abstract', ab: 'abstract',
  keywords: 'keywords', authorkeywords: 'keywords', kw: 'keywords',
  pmid: 'pmid', pubmedid: 'pmid', url: 'url', link: 'url', language: 'language',
  type: 'type', entrytype: 'type', documenttype: 'type', publicationtype: 'type',
  database: 'database', db: 'database',
};

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');

function splitAuthors(value: string): string[] {
  const parts = splitNames(value, true);
  if (parts.length > 1 || !value.includes(',')) return parts;
  const byComma = value.split(',').map((s) => s.trim());
  return byComma.length > 1 && byComma.every((p) => /^\S.*\s\p{Lu}{1,3}$/u.test(p)) ? byComma : parts;
}

export function readCsvRecords(text: string, file: string, options: ReadOptions = {}): ReadResult {
  const table = parseCsv(text, file);
  const roles = table.columns.map((c) => ALIASES[normalise(c)]);
  const warnings: ImportWarning[] = [];
  const records: BibRecord[] = table.rows.map((row, r) => {
    const fields: RecordFields & { extra: Record<string, string> } = { extra: {} };
    let database: string | undefined;
    row.forEach((cell, c) => {
      const value = cell.trim();
      const role = roles[c];
      if (value === '') return;
      if (role === undefined || (role !== 'authors' && role !== 'keywords' && fields[role as keyof RecordFields] !== undefined)) {
        fields.extra[table.columns[c]] = value;
      } else if (role === 'database') database = value;
      else if (role === 'authors') fields.authors = splitAuthors(value);
      else if (role === 'keywords') fields.keywords = splitKeywords(value, true);
      else if (role === 'year') {
        fields.year = parseYear(value);
        if (fields.year === undefined) {
          fields.extra[table.columns[c]] = value;
          warnings.push({ message: `"${value}" in column '${table.columns[c]}' is not a year; it is kept as an extra field`, file, line: table.lines[r] });
        }
      } else (fields as Record<string, unknown>)[role] = value;
    });
    return buildRecord(fields, { file, line: table.lines[r], ordinal: r + 1, option: options.database, stated: database, fallback: 'CSV' });
  });
  return { records, warnings };
}
