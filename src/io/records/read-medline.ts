/**
 * PubMed/MEDLINE text (`.nbib`, `.txt`), after NLM's "MEDLINE/PubMed Data Element
 * (Field) Descriptions": a tag of up to four characters padded to four, "- ", the
 * value; lines indented six spaces continue the value (wrapped text, joined with a
 * space); a blank line ends a record, which starts with PMID. FAU (full names) is
 * preferred to AU; JT to TA; AID/LID "10.x/y [doi]" is the DOI; TT, the title in
 * the original language, is the alternative title; MH and OT are keywords, as
 * EndNote imports them; SI "ClinicalTrials.gov/NCT01234567" yields registrations.
 */
import type { BibRecord } from '../../review/records/types.js';
import { FileFormatError } from '../errors.js';
import { buildRecord } from './build-record.js';
import { FieldBag } from './field-bag.js';
import { textLines } from './text-lines.js';
import type { ReadOptions, ReadResult } from './types.js';
import { isBareYear, parseYear } from './year.js';

const TAG = /^([A-Z][A-Z0-9]{0,3}) *- (.*)$/;
const CONTINUATION = /^ {2,}\S/;

function takeDoi(bag: FieldBag, tag: string): string | undefined {
  const all = bag.takeAll(tag);
  const i = all.findIndex((v) => /\[doi\]\s*$/.test(v));
  const doi = i >= 0 ? all.splice(i, 1)[0].replace(/\s*\[doi\]\s*$/, '') : undefined;
  for (const v of all) bag.add(tag, v);
  return doi;
}

function toRecord(bag: FieldBag, file: string, line: number, ordinal: number, option: string | undefined): BibRecord {
  const pmid = bag.takeFirst('PMID');
  const dp = bag.peek('DP');
  if (dp !== undefined && isBareYear(dp)) bag.takeFirst('DP');
  const fau = bag.takeAll('FAU');
  const authors = fau.length > 0 ? fau : bag.takeAll('AU');
  const types = bag.takeAll('PT');
  if (types.length > 1) bag.add('PT', types.slice(1).join('\n'));
  return buildRecord(
    {
      sourceId: pmid,
      pmid,
      type: types[0],
      title: bag.takeFirst('TI', 'BTI'),
      altTitle: bag.takeFirst('TT'),
      authors,
      year: parseYear(dp),
      journal: bag.takeFirst('JT', 'TA'),
      volume: bag.takeFirst('VI'),
      issue: bag.takeFirst('IP'),
      pages: bag.takeFirst('PG'),
      abstract: bag.takeFirst('AB'),
      keywords: [...bag.takeAll('MH'), ...bag.takeAll('OT')],
      doi: takeDoi(bag, 'AID') ?? takeDoi(bag, 'LID'),
      language: bag.takeFirst('LA'),
      extra: bag.rest(),
    },
    { file, line, ordinal, option, fallback: 'PubMed' },
  );
}

export function readMedline(text: string, file: string, options: ReadOptions = {}): ReadResult {
  const lines = textLines(text);
  const records: BibRecord[] = [];
  let bag: FieldBag | undefined;
  let start = 0;
  let lastTag = '';
  const finish = () => {
    if (bag) records.push(toRecord(bag, file, start, records.length + 1, options.database));
    bag = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      finish();
      continue;
    }
    const m = TAG.exec(line);
    if (m) {
      const [, tag, value] = m;
      if (!bag) {
        if (tag !== 'PMID') throw new FileFormatError(`a MEDLINE record must start with a "PMID- " line, but this one starts with ${tag}`, { file, line: i + 1 });
        bag = new FieldBag();
        start = i + 1;
      } else if (tag === 'PMID') {
        throw new FileFormatError(`a second PMID inside the record that began on line ${start}; records must be separated by a blank line`, { file, line: i + 1 });
      }
      bag.add(tag, value.trimEnd());
      lastTag = tag;
    } else if (bag && CONTINUATION.test(line)) {
      bag.appendToLast(lastTag, line.trim(), ' ');
    } else {
      throw new FileFormatError(`this line is neither a MEDLINE field ("TAG - value") nor a continuation indented by six spaces`, { file, line: i + 1 });
    }
  }
  finish();
  if (records.length === 0) throw new FileFormatError('no MEDLINE records found: each record starts with a "PMID- " line', { file });
  return { records, warnings: [] };
}
