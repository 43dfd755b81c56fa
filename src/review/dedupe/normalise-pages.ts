/**
 * Reads a page range as first and last page, expanding the abbreviated last page that
 * MEDLINE uses ("73-6" is 73–76, NLM Citing Medicine ch. 1, "Location (Pagination)")
 * and accepting the separators of BibTeX ("73--76"), RIS and CSV exports ("376 -- 383",
 * "73–76"). Electronic article numbers ("e0123") and supplement pages ("S12") keep their
 * letter. A single page gives first = last; a page count ("215 p") gives undefined.
 *   normalisePages('73-6') // {first: '73', last: '76'}
 */
export interface PageRange {
  readonly first: string;
  readonly last: string;
}

export function normalisePages(raw: string | undefined): PageRange | undefined {
  if (raw === undefined) return undefined;
  const text = raw.normalize('NFKC').toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '').replace(/^(?:pp?\.?\s*)/, '');
  // "215 p", "12 pages": a page count (theses, reports), which does not locate anything
  if (/^\d+\s*(?:p|pp|pages?)\.?$/.test(text)) return undefined;
  const m = /^([a-z]{0,4}\d+[a-z]?)(?:\s*[-–—‐]+\s*([a-z]{0,4}\d+[a-z]?))?/.exec(text);
  if (!m) return undefined;
  const first = m[1].replace(/^([a-z]*)0+(?=\d)/, '$1');
  let last = (m[2] ?? m[1]).replace(/^([a-z]*)0+(?=\d)/, '$1');
  const fd = /\d+/.exec(first)?.[0] ?? '';
  const ld = /^[a-z]*(\d+)$/.exec(last)?.[1];
  if (ld !== undefined && ld.length < fd.length && /^\d+$/.test(last)) last = first.replace(/\d+$/, fd.slice(0, fd.length - ld.length) + ld);
  return { first, last };
}
