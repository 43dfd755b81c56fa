/**
 * Normalises a title for comparison: the language and format tags that databases
 * add ("[Chinese]", "[in Chinese]", "[Article in German]", "(English abstract)",
 * "[Review]", "[Abstract]", "[Electronic Resource]", "[Epub ahead of print]") are
 * removed, MEDLINE's square brackets around a translated title go with the rest of the
 * punctuation, and the text is folded (case, diacritics, entities, full-width forms;
 * Chinese characters kept).
 *   normaliseTitle('Efficacy of batroxobin. [Chinese]') // 'efficacy of batroxobin'
 */
import { foldText } from './fold-text.js';

const LANGUAGES =
  'chinese|english|german|french|spanish|japanese|polish|italian|russian|portuguese|korean|dutch|czech|hungarian|' +
  'turkish|danish|swedish|norwegian|finnish|greek|hebrew|persian|croatian|serbian|slovak|slovenian|romanian|bulgarian|ukrainian';
const TAG = new RegExp(
  `[\\[(]\\s*(?:(?:article |text )?in (?:${LANGUAGES})|(?:${LANGUAGES})(?: (?:with|and) (?:english|chinese) (?:abstract|summary))?|` +
    `(?:english|chinese) (?:abstract|summary)|review|abstract|meeting abstract|conference abstract|electronic resource|` +
    `epub ahead of print|online|see comments?|editorial|letter|multiple letters|author'?s? transl)\\s*[.]?\\s*[\\])]`,
  'gi',
);

// MEDLINE appends notes about linked notices: "[Erratum appears in …]", "[published erratum appears in …]",
// "[Comment in …]", "[57 refs]", and marks a title it has corrected with "[corrected]"
const NOTE =
  /\s*\[(?:(?:published\s+)?(?:erratum|errata|corrected|comment|retraction|retracted|update|summary|republished|expression)\w*\s+(?:appears?|in|on|and|of|for|published)\b.*$|\d+\s*refs?\]|corrected\])/gi;

/**
 * A citation of another paper appended to the title, as databases name the article a
 * notice or letter is about: Web of Science "(vol 142, pg 310, 2003)", EMBASE
 * "(New England Journal of Medicine (2009) 360 (542-544))", a MEDLINE-style
 * "… N Engl J Med. 2009 Jan 29;360(5):544-6"; also a footnote mark "[1]" at the end.
 */
const CITATION = new RegExp(
  [
    String.raw`\(vol\.? \d+\w*, pg\.? \w+, \d{4}\)`,
    String.raw`\([^()]*\(\d{4}\)\s*\d+\s*\([\d\s–-]+\)\)`,
    String.raw`(?<=\.)\s*[A-Z][A-Za-z .]+\.?\s+\d{4}(?: [A-Z][a-z]{2}(?: \d{1,2})?)?;\s*\d+(?:\(\d+\))?:\s*[\w–-]+`,
    String.raw`\[\d\]`,
  ]
    .map((re) => `(?:${re})`)
    .join('|') + String.raw`\W*$`,
);

/** The title without MEDLINE's notes about linked notices ("[Erratum appears in …]", "[corrected]"). */
export function stripLinkedNotes(raw: string): string {
  return raw.replace(NOTE, ' ');
}

/** The title without the database's tags, linked-notice notes and appended citations, before folding. */
export function stripTitleNotes(raw: string): string {
  return stripLinkedNotes(raw).replace(CITATION, ' ').replace(TAG, ' ');
}

export function normaliseTitle(raw: string): string {
  return foldText(stripTitleNotes(raw));
}

/**
 * A title given as "English title [Original-language title]" (Scopus, Web of Science)
 * split into its two titles; undefined when there is no such trailing bracket.
 */
export function splitTranslatedTitle(raw: string): [string, string] | undefined {
  const m = /^(.{20,}?)\s*\[([^\][]{20,})\]\W*$/.exec(stripTitleNotes(raw).trim());
  return m ? [m[1], m[2]] : undefined;
}
