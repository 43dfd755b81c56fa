/**
 * Which reader a file needs, from its content first (each format's first
 * significant line is unmistakable: "TY  - ", "PMID- ", "@article{", "<xml>",
 * "{Reference Type}:", "%0 ", a JSON "protocolSection") and its extension when the
 * content says nothing decisive (a CSV table). A name that contradicts the content
 * gives a warning: the content is trusted.
 */
import { FileFormatError } from '../errors.js';
import type { RecordFormat } from './types.js';

const BY_EXTENSION: Readonly<Record<string, RecordFormat>> = {
  ris: 'ris', nbib: 'medline', medline: 'medline', bib: 'bibtex', bibtex: 'bibtex', xml: 'endnote-xml',
  csv: 'csv', tsv: 'csv', enw: 'endnote-tagged', ne: 'noteexpress', net: 'noteexpress', json: 'clinicaltrials-json',
};

const BY_CONTENT: readonly [RegExp, RecordFormat][] = [
  [/^\s*[[{][\s\S]*"protocolSection"/, 'clinicaltrials-json'],
  [/^\s*(?:<\?xml[^>]*>\s*)?<(?:xml|records)>/, 'endnote-xml'],
  [/^TY {1,2}- /m, 'ris'],
  [/^PMID- /m, 'medline'],
  [/^\{Reference Type\}:/m, 'noteexpress'],
  [/^%0 /m, 'endnote-tagged'],
  [/^\s*@\s*[A-Za-z]+\s*[{(]/m, 'bibtex'],
];

export interface Detection {
  readonly format: RecordFormat;
  readonly by: 'content' | 'extension';
  /** Set when the file's name suggests another format than its content. */
  readonly mismatch?: RecordFormat;
}

export function extensionFormat(file: string): RecordFormat | undefined {
  const m = /\.([A-Za-z]+)$/.exec(file);
  return m ? BY_EXTENSION[m[1].toLowerCase()] : undefined;
}

export function detectFormat(text: string, file: string): Detection {
  const head = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).slice(0, 65536);
  const byName = extensionFormat(file);
  const found = BY_CONTENT.find(([pattern]) => pattern.test(head))?.[1];
  if (found !== undefined) return byName === undefined || byName === found ? { format: found, by: 'content' } : { format: found, by: 'content', mismatch: byName };
  if (byName !== undefined) return { format: byName, by: 'extension' };
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/[,;\t]/.test(firstLine) && /title/i.test(firstLine)) return { format: 'csv', by: 'content' };
  throw new FileFormatError(
    'cannot tell what kind of export this is: expected RIS, PubMed/MEDLINE, BibTeX, EndNote XML or tagged text, NoteExpress, CSV with a header row, or ClinicalTrials.gov JSON',
    { file, line: 1 },
  );
}
