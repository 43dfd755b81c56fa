/**
 * NoteExpress text, the "NoteExpress" export of CNKI (中国知网) and Wanfang (万方):
 * `{Field Name}: value` lines, a record from `{Reference Type}:` to a blank line
 * (NoteExpress's import-filter field names). Authors and keywords are packed in
 * one field, separated by ";", "；" or "，" ("张三;李四;"). {Database Provider}
 * names the database (CNKI, 北京万方数据股份有限公司 → Wanfang).
 */
import { buildRecord } from './build-record.js';
import { splitKeywords, splitNames } from './split-list.js';
import { taggedBlocks } from './tagged-blocks.js';
import type { ReadOptions, ReadResult } from './types.js';
import { parseYear } from './year.js';

const SYNTAX = { tag: /^\{([^{}]+)\}:\s?(.*)$/, first: 'Reference Type', shown: '{Reference Type}: …', format: 'NoteExpress' };

export function readNoteExpress(text: string, file: string, options: ReadOptions = {}): ReadResult {
  const records = taggedBlocks(text, file, SYNTAX).map(({ bag, line }, i) => {
    const stated = bag.peek('Database Provider');
    const year = bag.takeFirst('Year');
    const extra: Record<string, string> = {};
    if (year !== undefined && parseYear(year) === undefined) extra.Year = year;
    return buildRecord(
      {
        sourceId: bag.takeFirst('Accession Number', 'Call Number'),
        type: bag.takeFirst('Reference Type'),
        title: bag.takeFirst('Title'),
        altTitle: bag.takeFirst('Translated Title', 'English Title'),
        authors: bag.takeAll('Author').flatMap((a) => splitNames(a)),
        year: parseYear(year),
        journal: bag.takeFirst('Journal', 'Secondary Title'),
        volume: bag.takeFirst('Volume'),
        issue: bag.takeFirst('Issue', 'Number'),
        pages: bag.takeFirst('Pages'),
        abstract: bag.takeFirst('Abstract'),
        keywords: bag.takeAll('Keywords').flatMap((k) => splitKeywords(k)),
        doi: bag.takeFirst('DOI'),
        language: bag.takeFirst('Language'),
        url: bag.takeFirst('URL'),
        extra: { ...bag.rest(), ...extra },
      },
      { file, line, ordinal: i + 1, option: options.database, stated, fallback: 'NoteExpress' },
    );
  });
  return { records, warnings: [] };
}
