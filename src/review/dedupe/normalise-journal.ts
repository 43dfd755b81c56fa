/**
 * Journal names as comparable word lists, and a test of whether two names can be the
 * same journal without a lookup table. An abbreviation built by the ISO 4 rules (the
 * rules behind the NLM and LTWA abbreviations) keeps the order of the significant words
 * and shortens each to a prefix, dropping articles, conjunctions and prepositions: so
 * "Nat Rev Nephrol" matches "Nature Reviews Nephrology" word by word as prefixes, in
 * order. Exports also glue alternative names with "=" ("Zhonghua jie he he hu xi za zhi
 * = Chinese journal of tuberculosis and respiratory diseases") or prefix a translated or
 * romanised name, so each "="-part is tried, and a name whose words all appear in order
 * inside the other counts as compatible, as does a conference acronym spelt by prefixes
 * of all the other name's words ("AMCIS 2017 Proceedings" and "Americas Conference on
 * Information Systems"). Bare numbers are dropped: they are the meeting's year or
 * number ("2007 International Conference on …", "…, VOLS 1-3"), not part of the name.
 *   journalsCompatible('Nat Rev Nephrol', 'Nature reviews. Nephrology') // true
 */
import { foldText } from './fold-text.js';

const DROP = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'de', 'la', 'le', 'der', 'und', 'et', 'a', 'an', 'y', 'i', 'fur', 'des', 'du', 'di']);

/** Each alternative name of a journal field as its significant words. */
export function normaliseJournal(raw: string | undefined): string[][] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw
    .split('=')
    .map((part) => foldText(part).split(' ').filter((w) => w !== '' && !DROP.has(w) && !/^\d+$/.test(w)))
    .filter((words) => words.length > 0);
}

const MAIN_WORDS = 5;

/** Every word of `short` is a prefix of a later word of `long`, in order. */
function abbreviates(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const word of short) {
    while (j < long.length && !long[j].startsWith(word)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/** `acronym` is spelt by non-empty prefixes of all of `words`, in order ("amcis": AMericas Conference Information Systems). */
function spells(acronym: string, words: readonly string[], from = 0, w = 0): boolean {
  if (w === words.length) return from === acronym.length;
  for (let k = 1; k <= words[w].length && from + k <= acronym.length; k++) {
    if (acronym[from + k - 1] !== words[w][k - 1]) break;
    if (spells(acronym, words, from + k, w + 1)) return true;
  }
  return false;
}

function hasAcronymOf(a: readonly string[], b: readonly string[]): boolean {
  const words = b.filter((w) => !/\d/.test(w) && w !== 'proceedings');
  return words.length >= 3 && a.some((w) => w.length >= 3 && w.length <= 2 * words.length && /^[a-z]+$/.test(w) && spells(w, words));
}

function namesCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.join(' ') === b.join(' ')) return true;
  if (hasAcronymOf(a, b) || hasAcronymOf(b, a)) return true;
  // a single-word name ("Cancer", "Lancet") must be the whole other name, not one of its words
  if (a.length === 1 || b.length === 1) return a.join('') === b.join('');
  // conference journals append the meeting's name and place, which exports cut at different points
  // either may be the abbreviated one, whichever has more words after the cut
  return abbreviates(a.slice(0, MAIN_WORDS), b) || abbreviates(b.slice(0, MAIN_WORDS), a);
}

export function journalsCompatible(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  return a.some((x) => b.some((y) => namesCompatible(x, y)));
}
