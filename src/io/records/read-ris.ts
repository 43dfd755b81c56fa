/**
 * RIS, after the RIS Format Specifications (Research Information Systems, 2011;
 * now Clarivate): one field a line as `TG  - value` (two-character tag, two spaces,
 * hyphen, space), a record from `TY` to `ER`. Lines without a tag continue the
 * field before them (multi-line AB/N2). Repeated AU/A1, KW and UR are lists;
 * PY/Y1 dates are "YYYY/MM/DD/other" ("2019///"). Journal is JF, JO, T2, JA, J2
 * or J1 in that order; pages are SP and EP. PubMed's accession number (AN with DB
 * or DP naming PubMed/NLM) is the PMID. Header lines some providers put before the
 * first record ("Database: Wiley Online Library") name the database.
 */
import type { BibRecord } from '../../review/records/types.js';
import { FileFormatError } from '../errors.js';
import { buildRecord } from './build-record.js';
import { databaseName, isPubMed } from './database-name.js';
import { FieldBag } from './field-bag.js';
import { textLines } from './text-lines.js';
import type { ReadOptions, ReadResult } from './types.js';
import { isBareYear, parseYear } from './year.js';

const TAG = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

function joinPages(start: string | undefined, end: string | undefined): string | undefined {
  if (start === undefined) return end;
  if (end === undefined || start.includes('-')) return start;
  return `${start}-${end}`;
}

function toRecord(bag: FieldBag, place: { file: string; line: number; ordinal: number; option?: string; header?: string }): BibRecord {
  const stated = bag.peek('DB') ?? bag.peek('DP') ?? place.header;
  // DB leaves `extra` only when the record's database says all it said
  const db = bag.peek('DB');
  if (db !== undefined && (place.option ?? db.trim()) === db.trim() && databaseName(db) === db.trim()) bag.takeFirst('DB');
  const type = bag.takeFirst('TY');
  const date = bag.peek('PY') ?? bag.peek('Y1') ?? bag.peek('DA');
  const year = parseYear(date);
  for (const tag of ['PY', 'Y1']) {
    const raw = bag.peek(tag);
    if (raw !== undefined && isBareYear(raw)) bag.takeFirst(tag);
  }
  const an = bag.peek('AN');
  const pmid = an !== undefined && /^\d{1,9}$/.test(an.trim()) && isPubMed(stated) ? bag.takeFirst('AN') : undefined;
  return buildRecord(
    {
      sourceId: bag.takeFirst('ID') ?? pmid,
      type,
      title: bag.takeFirst('TI', 'T1', 'CT'),
      altTitle: bag.takeFirst('TT'),
      authors: bag.takeAll('AU'),
      year,
      journal: bag.takeFirst('JF', 'JO', 'T2', 'JA', 'J2', 'J1'),
      volume: bag.takeFirst('VL'),
      issue: bag.takeFirst('IS', 'CP'),
      pages: joinPages(bag.takeFirst('SP'), bag.takeFirst('EP')),
      abstract: bag.takeFirst('AB', 'N2'),
      keywords: bag.takeAll('KW'),
      doi: bag.takeFirst('DO'),
      pmid,
      language: bag.takeFirst('LA'),
      url: bag.takeFirst('UR'),
      extra: bag.rest(),
    },
    { file: place.file, line: place.line, ordinal: place.ordinal, option: place.option, stated, fallback: 'RIS' },
  );
}

export function readRis(text: string, file: string, options: ReadOptions = {}): ReadResult {
  const lines = textLines(text);
  const records: BibRecord[] = [];
  let bag: FieldBag | undefined;
  let start = 0;
  let lastTag = '';
  let header: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = TAG.exec(line);
    if (m) {
      const [, tag, value = ''] = m;
      if (tag === 'TY') {
        if (bag) throw new FileFormatError(`a new record starts (TY) before the record that began on line ${start} has ended; each record must close with "ER  - "`, { file, line: i + 1 });
        bag = new FieldBag();
        start = i + 1;
      } else if (!bag) {
        throw new FileFormatError(`the tag ${tag} is outside any record; each record must start with a "TY  - " line`, { file, line: i + 1 });
      } else if (tag === 'ER') {
        records.push(toRecord(bag, { file, line: start, ordinal: records.length + 1, option: options.database, header }));
        bag = undefined;
        continue;
      }
      // A1 is the older spelling of AU: one list keeps the authors in file order
      lastTag = tag === 'A1' ? 'AU' : tag;
      bag.add(lastTag, value.trimEnd());
    } else if (bag) {
      if (line.trim() !== '') bag.appendToLast(lastTag, line.trimEnd(), '\n');
    } else if (records.length === 0) {
      const db = /^Database:\s*(.+)$/i.exec(line.trim());
      if (db) header = db[1];
    }
  }
  if (bag) throw new FileFormatError(`the record that starts here (TY) never ends: the file finishes without its "ER  - " line; it may be truncated`, { file, line: start });
  if (records.length === 0) throw new FileFormatError('no RIS records found: a record starts with a "TY  - " line and ends with "ER  - "', { file });
  return { records, warnings: [] };
}
