/**
 * What every search-result reader shares: the formats metasift reads, the options a
 * reader takes and the result it hands back (records plus warnings, as data).
 */
import type { BibRecord } from '../../review/records/types.js';

export type RecordFormat =
  | 'ris'
  | 'medline'
  | 'bibtex'
  | 'endnote-xml'
  | 'csv'
  | 'noteexpress'
  | 'endnote-tagged'
  | 'clinicaltrials-json';

export interface ReadOptions {
  /** The database the records came from (e.g. "PubMed", "CNKI"); overrides what the file says. */
  readonly database?: string;
}

/** Something that looks wrong but did not stop the import, located in the file. */
export interface ImportWarning {
  readonly message: string;
  readonly file: string;
  readonly line?: number;
}

export interface ReadResult {
  readonly records: readonly BibRecord[];
  readonly warnings: readonly ImportWarning[];
}

/** A reader turns a file's whole text into records, or throws FileFormatError before returning any. */
export type RecordReader = (text: string, file: string, options?: ReadOptions) => ReadResult;
