/**
 * EndNote XML (File > Export > XML, the "xml/records/record" document of
 * EndNote's RSXML DTD): each record's leaf elements are read by their path below
 * <record> ("titles/title", "contributors/authors/author"), their text gathered
 * across the <style> runs EndNote wraps it in. rec-number is the source
 * identifier; ref-type's name attribute the type; periodical/full-title (else
 * titles/secondary-title) the journal; electronic-resource-num the DOI;
 * remote-database-name (else -provider) the database; an accession-num from
 * PubMed the PMID. Other paths stay in `extra`.
 */
import type { BibRecord } from '../../review/records/types.js';
import { FileFormatError } from '../errors.js';
import { findAll, parseXml, textOf } from '../rm5/xml-tree.js';
import type { XmlElement } from '../rm5/xml-tree.js';
import { buildRecord } from './build-record.js';
import { isPubMed } from './database-name.js';
import { FieldBag } from './field-bag.js';
import type { ReadOptions, ReadResult } from './types.js';
import { isBareYear, parseYear } from './year.js';

function collect(el: XmlElement, path: string, bag: FieldBag): void {
  const inner = el.children.filter((c) => c.name !== 'style');
  if (inner.length === 0) {
    bag.add(path, textOf(el).trim());
    return;
  }
  for (const c of inner) collect(c, `${path}/${c.name}`, bag);
}

function toRecord(el: XmlElement, file: string, ordinal: number, option: string | undefined): BibRecord {
  const bag = new FieldBag();
  for (const c of el.children) collect(c, c.name, bag);
  const refType = el.children.find((c) => c.name === 'ref-type');
  bag.takeFirst('ref-type');
  bag.takeAll('source-app');
  const stated = bag.peek('remote-database-name') ?? bag.peek('remote-database-provider');
  const accession = bag.peek('accession-num');
  const pmid = accession !== undefined && /^\d{1,9}$/.test(accession) && isPubMed(stated) ? bag.takeFirst('accession-num') : undefined;
  const year = bag.peek('dates/year');
  if (year !== undefined && isBareYear(year)) bag.takeFirst('dates/year');
  return buildRecord(
    {
      sourceId: bag.takeFirst('rec-number'),
      type: refType?.attributes.name ?? (refType ? textOf(refType) : undefined),
      title: bag.takeFirst('titles/title'),
      altTitle: bag.takeFirst('titles/translated-title'),
      authors: bag.takeAll('contributors/authors/author'),
      year: parseYear(year ?? bag.peek('dates/pub-dates/date')),
      journal: bag.takeFirst('periodical/full-title', 'titles/secondary-title', 'periodical/abbr-1'),
      volume: bag.takeFirst('volume'),
      issue: bag.takeFirst('number', 'issue'),
      pages: bag.takeFirst('pages'),
      abstract: bag.takeFirst('abstract'),
      keywords: bag.takeAll('keywords/keyword'),
      doi: bag.takeFirst('electronic-resource-num'),
      pmid,
      language: bag.takeFirst('language'),
      url: bag.takeFirst('urls/related-urls/url', 'urls/web-urls/url'),
      extra: bag.rest(),
    },
    { file, line: el.line, ordinal, option, stated, fallback: 'EndNote' },
  );
}

export function readEndnoteXml(text: string, file: string, options: ReadOptions = {}): ReadResult {
  const root = parseXml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
  if (root.name !== 'xml' && root.name !== 'records') {
    throw new FileFormatError(`this XML is not an EndNote export: its root element is <${root.name}>, not <xml><records>`, { file, line: root.line });
  }
  const records = findAll(root, 'record').map((r, i) => toRecord(r, file, i + 1, options.database));
  if (records.length === 0) throw new FileFormatError('the EndNote XML holds no <record> elements', { file, line: root.line });
  return { records, warnings: [] };
}
