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
    `epub ahead of print|online|see comments?|editorial|letter|author'?s? transl)\\s*[.]?\\s*[\\])]`,
  'gi',
);

// MEDLINE appends notes about linked notices: "[Erratum appears in …]", "[Comment in …]", "[57 refs]"
const NOTE = /\s*\[(?:(?:erratum|errata|corrected|comment|retraction|retracted|update|summary|republished|expression)\w*\s+(?:appears?|in|on|and|of|for|published)\b.*$|\d+\s*refs?\])/gi;

/** The title without the database's tags and linked-notice notes, before folding. */
export function stripTitleNotes(raw: string): string {
  return raw.replace(NOTE, ' ').replace(TAG, ' ');
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
