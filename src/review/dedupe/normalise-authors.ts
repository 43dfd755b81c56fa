/**
 * Reduces author names to surname + initials, the form MEDLINE uses ("Zuna RE") and
 * the one every database can be brought to: "Zuna, R. E.", "Zuna, Rosemary E",
 * "R. E. Zuna" and "ZUNA RE" all give {surname: 'zuna', initials: 're'}. Particles and
 * hyphens are closed up ("Le Quintrec" → 'lequintrec', "Sberro-Soussan" →
 * 'sberrosoussan') because databases disagree on them. A name written in Chinese
 * characters ("张伟") is kept whole as the surname with no initials: its romanised form
 * cannot be derived without a pinyin table, so a Chinese and a romanised author list
 * are treated as not comparable rather than as different. Generational suffixes ("Jr",
 * "Sr") are dropped, since exports put them in the surname or the given names, and a
 * group author ("ASCUS-LSIL Triage Study Group", "Alexion Pharmaceuticals, Inc") gives no
 * key: it names no person to compare. Footnote marks that publishers' exports leave on a
 * name ("Hansen, Mette1", "Wu, K.*", "Ortiz R 1,2", "Okafor†") are removed first: no
 * personal name contains a digit or a dagger, so nothing of the name is lost. A first given
 * name written out in full is kept (`given`), which lets author-overlap.ts forgive a
 * one-letter slip in the surname.
 */
import { foldText, hasCjk } from './fold-text.js';

export interface AuthorKey {
  readonly surname: string;
  readonly initials: string;
  /** Written in Chinese/Japanese/Korean characters. */
  readonly cjk: boolean;
  /** The first given name when written out (two letters or more, not initials), folded: "Rosemary E" → 'rosemary'. */
  readonly given?: string;
}

/** Footnote marks after a name or between names of one field: digits, superscripts, asterisks, daggers, section signs. */
const FOOTNOTE = /[\d\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021\u00a7\u00b6]+(?:[\s,]*[\d\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021\u00a7\u00b6]+)*/g;

/** The first given name, when it is a word rather than initials ("Christina", "Chi"; not "R.", "RE"). */
function givenOf(given: string): string | undefined {
  const first = given.trim().split(/[\s.]+/)[0] ?? '';
  if (!/^\p{Lu}?\p{Ll}+/u.test(first)) return undefined;
  const folded = foldText(first).replace(/ /g, '');
  return folded.length >= 2 ? folded : undefined;
}

function initialsOf(given: string): string {
  return given.split(/[\s.\-‐]+/).filter((w) => w !== '').map((w) => (/^[A-Z]{2,3}$/.test(w) ? w : w[0])).join('');
}

const GROUP =
  /\b(?:group|study|studies|consortium|collaborat\w*|investigators|committee|network|association|society|organi[sz]ation|institute|council|foundation|university|pharmaceuticals?|inc|ltd|gmbh|corporation|working party)\b/i;
const SUFFIX = /[\s,]+(?:jr|sr)\.?(?=\s*(?:,|$))/gi;

export function normaliseAuthor(raw: string): AuthorKey | undefined {
  const name = raw.replace(FOOTNOTE, '').trim().replace(/[\s,]+$/, '').replace(SUFFIX, '');
  if (name === '' || /^(?:et al\.?|others|anonymous|\[?anonymous\]?)$/i.test(name) || GROUP.test(name)) return undefined;
  if (hasCjk(name)) return { surname: name.replace(/[\s,.·•]+/g, ''), initials: '', cjk: true };
  let surname: string;
  let given: string;
  const comma = name.indexOf(',');
  if (comma >= 0) {
    surname = name.slice(0, comma);
    given = name.slice(comma + 1);
  } else {
    const words = name.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length > 1 && /^[A-Z]{1,3}$/.test(last)) {
      // MEDLINE style: "Zuna RE"
      surname = words.slice(0, -1).join(' ');
      given = last.split('').join(' ');
    } else {
      surname = last;
      given = words.slice(0, -1).join(' ');
    }
  }
  const key = foldText(surname).replace(/ /g, '');
  if (key === '') return undefined;
  const initials = foldText(initialsOf(given.trim())).replace(/ /g, '');
  const full = givenOf(given);
  return full === undefined ? { surname: key, initials, cjk: false } : { surname: key, initials, cjk: false, given: full };
}

export function normaliseAuthors(raw: readonly string[]): AuthorKey[] {
  const out: AuthorKey[] = [];
  for (const name of raw) {
    const key = normaliseAuthor(name);
    if (key) out.push(key);
  }
  return out;
}

/**
 * The author list read the other way round, "Given, Surname" as "Surname, Given":
 * some exports write given names first ("Tamara, Kneese", "Ching-yi, Wu"), so a list
 * that does not match as written is tried reversed. Names without a comma are left out.
 */
export function normaliseAuthorsReversed(raw: readonly string[]): AuthorKey[] {
  return normaliseAuthors(raw.filter((n) => n.includes(',')).map((n) => n.replace(/^([^,]*),\s*(.*)$/, '$2, $1')));
}
