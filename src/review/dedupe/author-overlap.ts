/**
 * How far two author lists agree, as the share of the shorter list found in the longer
 * one (databases cut lists after 3, 6, 10 or 20 names, so the shorter list is the fair
 * denominator). Two names agree when surnames are equal and, where both have them, the
 * first initials are equal (a surname may carry a particle or second family name the
 * other lacks, see compoundOf). Returns undefined when the lists cannot be compared (one is
 * empty, or one is in Chinese characters and the other romanised).
 *   authorOverlap(['Zuna, R E', 'Wang, S S'], ['Zuna RE']) // 1
 */
import type { AuthorKey } from './normalise-authors.js';

/**
 * One surname is the other with a part added: a particle or a second family name that
 * one database keeps and the other drops ("Le Quintrec" / "Quintrec", "Tekin Bilbil" /
 * "Bilbil", "Kotaniemi-Talonen" / "Kotaniemi"). The shared part must be 4+ letters and
 * a trailing addition 3+ letters, so that "Chen" does not match "Cheng".
 */
function compoundOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  return (long.endsWith(short) && long.length - short.length >= 2) || (long.startsWith(short) && long.length - short.length >= 3);
}

/** The two strings are one substitution, insertion or deletion apart. */
function oneEditApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  // after the first difference the rest must be equal, shifted by one when the lengths differ
  return short.slice(k + (short.length === long.length ? 1 : 0)) === long.slice(k + 1);
}

/**
 * A one-letter slip in a surname ("Hiessl" / "Hiess", "Fitzgerald" / "Fitzgeral") is
 * forgiven only when both records spell out the same first given name: "Christina Hiessl"
 * and "Christina Hiess" are one person mistyped, while "Hansen, J" and "Jansen, J" may be
 * two. Surnames of five letters or more, so that short names ("Li", "Lin", "Liu") never
 * pass for one another.
 */
function typoOf(a: AuthorKey, b: AuthorKey): boolean {
  return a.given !== undefined && a.given === b.given && Math.min(a.surname.length, b.surname.length) >= 5 && oneEditApart(a.surname, b.surname);
}

function sameAuthor(a: AuthorKey, b: AuthorKey): boolean {
  if (a.surname !== b.surname && (a.cjk || !(compoundOf(a.surname, b.surname) || typoOf(a, b)))) return false;
  return a.initials === '' || b.initials === '' || a.initials[0] === b.initials[0];
}

export function authorOverlap(a: readonly AuthorKey[], b: readonly AuthorKey[]): number | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  if (a[0].cjk !== b[0].cjk) return undefined;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Array<boolean>(long.length).fill(false);
  let matched = 0;
  for (const name of short) {
    const j = long.findIndex((other, k) => !used[k] && sameAuthor(name, other));
    if (j >= 0) {
      used[j] = true;
      matched++;
    }
  }
  return matched / short.length;
}
