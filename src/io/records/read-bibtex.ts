/**
 * BibTeX (`.bib`) to records: the entry key is the source identifier, the entry
 * type the type; author and editor lists split on "and" outside braces
 * (Patashnik 1988 §4: "{Barnes and Noble, Inc.}" is one name); biblatex's
 * journaltitle and date stand in for journal and year; keywords split on
 * commas or semicolons. LaTeX becomes Unicode; other fields stay, decoded, in
 * `extra` under their field name.
 */
import type { BibRecord } from '../../review/records/types.js';
import { FileFormatError } from '../errors.js';
import { buildRecord } from './build-record.js';
import { latexToUnicode } from './latex.js';
import { parseBibtex } from './parse-bibtex.js';
import { splitKeywords } from './split-list.js';
import type { ReadOptions, ReadResult } from './types.js';
import { parseYear } from './year.js';

function splitNames(raw: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /\s/.test(c)) {
      const m = /^\s+and\s+/i.exec(raw.slice(i, i + 12));
      if (m) {
        names.push(raw.slice(from, i));
        i += m[0].length - 1;
        from = i + 1;
      }
    }
  }
  names.push(raw.slice(from));
  return names.map(latexToUnicode).filter((n) => n !== '');
}

export function readBibtex(text: string, file: string, options: ReadOptions = {}): ReadResult {
  const { entries, warnings } = parseBibtex(text, file);
  if (entries.length === 0) throw new FileFormatError('no BibTeX entries found: each starts with "@article{key," or similar', { file });
  const records: BibRecord[] = entries.map((entry, i) => {
    const fields = new Map(entry.fields);
    const take = (...names: string[]): string | undefined => {
      for (const name of names) {
        const v = fields.get(name);
        if (v !== undefined) {
          fields.delete(name);
          return latexToUnicode(v);
        }
      }
      return undefined;
    };
    const author = fields.get('author');
    fields.delete('author');
    const year = take('year');
    const date = year === undefined ? take('date') : undefined;
    const keywords = take('keywords');
    const record = {
      sourceId: entry.key,
      type: entry.type,
      title: take('title'),
      authors: author === undefined ? [] : splitNames(author),
      year: parseYear(year ?? date),
      journal: take('journal', 'journaltitle'),
      volume: take('volume'),
      issue: take('number', 'issue'),
      pages: take('pages'),
      abstract: take('abstract'),
      keywords: keywords === undefined ? [] : splitKeywords(keywords, true),
      doi: take('doi'),
      pmid: take('pmid'),
      language: take('language', 'langid'),
      url: take('url'),
      extra: {} as Record<string, string>,
    };
    if (year !== undefined && parseYear(year) === undefined) record.extra.year = year;
    if (date !== undefined) record.extra.date = date;
    for (const [name, v] of fields) record.extra[name] = latexToUnicode(v);
    return buildRecord(record, { file, line: entry.line, ordinal: i + 1, option: options.database, fallback: 'BibTeX' });
  });
  return { records, warnings };
}
