/**
 * The one entry point for importing search results: the format chosen from the
 * content and the file name (detect-format.ts), the matching reader run over the
 * whole text. Nothing is returned unless the whole file reads: a malformed file
 * throws FileFormatError naming the file and line, so an import is never partial.
 */
import { detectFormat } from './detect-format.js';
import { readBibtex } from './read-bibtex.js';
import { readClinicalTrials } from './read-clinicaltrials.js';
import { readCsvRecords } from './read-csv-records.js';
import { readEndnoteTagged } from './read-endnote-tagged.js';
import { readEndnoteXml } from './read-endnote-xml.js';
import { readMedline } from './read-medline.js';
import { readNoteExpress } from './read-noteexpress.js';
import { readRis } from './read-ris.js';
import type { ImportWarning, ReadOptions, ReadResult, RecordFormat, RecordReader } from './types.js';

export const READERS: Readonly<Record<RecordFormat, RecordReader>> = {
  ris: readRis,
  medline: readMedline,
  bibtex: readBibtex,
  'endnote-xml': readEndnoteXml,
  csv: readCsvRecords,
  noteexpress: readNoteExpress,
  'endnote-tagged': readEndnoteTagged,
  'clinicaltrials-json': readClinicalTrials,
};

export interface ImportResult extends ReadResult {
  readonly format: RecordFormat;
}

export function readRecords(text: string, file: string, options: ReadOptions & { readonly format?: RecordFormat } = {}): ImportResult {
  const { format, mismatch } = options.format === undefined ? detectFormat(text, file) : { format: options.format, mismatch: undefined };
  const result = READERS[format](text, file, { database: options.database });
  const warnings: ImportWarning[] = [...result.warnings];
  if (mismatch !== undefined) warnings.unshift({ message: `the file's name suggests ${mismatch} but its content is ${format}; it was read as ${format}`, file });
  return { format, records: result.records, warnings };
}
