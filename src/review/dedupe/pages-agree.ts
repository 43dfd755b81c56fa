/**
 * Whether two page ranges place a paper at the same spot. They agree on the same first
 * page, and on the same last page when the first pages differ (a mistyped first page,
 * "2297-2108" for 2097–2108, or an export that gives only the last page, "569" for
 * 567–569), and on the same range written with and without a section letter ("c37-c42",
 * "37-42"). They cannot be compared (undefined) when one is an electronic article
 * number (BMJ "c1804", PLoS ONE "e12724", Elsevier "106482") and the other printed pages:
 * journals publish both for one paper (NLM Citing Medicine ch. 1, "Location (Pagination)").
 *   pagesAgree(normalisePages('569'), normalisePages('567-569')) // true
 */
import type { PageRange } from './normalise-pages.js';

/** A single "page" that is really an article number: a letter and 4+ digits, or 5+ digits. */
export function isArticleNumber(p: PageRange): boolean {
  return p.first === p.last && /^(?:[a-z]\d{4,}|\d{5,})$/.test(p.first);
}

/** The page without a one-letter section prefix ("c37" in Nephron Clinical Practice is printed page 37). */
const bare = (page: string) => page.replace(/^[a-z](?=\d)/, '');

export function pagesAgree(a: PageRange | undefined, b: PageRange | undefined): boolean | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a.first === b.first) return true;
  if (isArticleNumber(a) !== isArticleNumber(b)) return undefined;
  if (a.last === b.last) return true;
  // "c37-c42" and "37-42": the same range with and without the section letter, at both ends
  return a.first !== a.last && bare(a.first) === bare(b.first) && bare(a.last) === bare(b.last);
}
