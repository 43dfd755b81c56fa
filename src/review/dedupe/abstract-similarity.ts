/**
 * Abstracts compared as sets of word shingles (Broder 1997, "On the resemblance and
 * containment of documents": the resemblance of two texts is the Jaccard index of their
 * sets of contiguous word sequences). Three-word shingles of the folded text are hashed
 * to 32 bits and kept sorted, so a pair costs one merge of two short arrays. Exports of
 * one abstract differ in quotes, dashes, a copyright line or a trailing sentence, which
 * move the index a few hundredths; two different abstracts, even on the same study,
 * share few three-word sequences.
 *
 * Only abstracts of `MIN_WORDS` words or more get shingles: a short "abstract" is often a
 * placeholder ("No abstract available") or a publisher's line, shared by unrelated records.
 * Shingles are built on first use and kept (`shinglesOf`): most records are never in a
 * pair whose titles agree enough for the abstracts to matter, and an abstract is the
 * longest field of a record.
 *   abstractSimilarity(abstractShingles(a), abstractShingles(a)) // 1
 */
import { decodeHtml } from './decode-html.js';

export const MIN_WORDS = 50;
const SPAN = 3;

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The abstract's words: tags and entities decoded, case and diacritics dropped, split at
 * everything that is neither letter nor digit. Lighter than foldText (no Greek letters
 * spelt out, no ligatures): both records' abstracts go through the same steps, and a
 * shingle set tolerates the odd word written two ways.
 */
function wordsOf(abstract: string): string[] {
  return decodeHtml(abstract)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The abstract's distinct shingle hashes, sorted; undefined when it is missing or shorter than MIN_WORDS words. */
export function abstractShingles(abstract: string | undefined): Uint32Array | undefined {
  if (abstract === undefined) return undefined;
  const words = wordsOf(abstract);
  if (words.length < MIN_WORDS) return undefined;
  // each word hashed once; a shingle's hash combines its three words' in order
  const wordHashes = words.map(hash);
  const hashes = new Uint32Array(words.length - SPAN + 1);
  for (let k = 0; k < hashes.length; k++) {
    let h = wordHashes[k];
    for (let s = 1; s < SPAN; s++) h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ wordHashes[k + s];
    hashes[k] = h >>> 0;
  }
  hashes.sort();
  let n = 0;
  for (let k = 0; k < hashes.length; k++) if (k === 0 || hashes[k] !== hashes[k - 1]) hashes[n++] = hashes[k];
  return hashes.slice(0, n);
}

const built = new WeakMap<object, Uint32Array | null>();

/** The shingles of `owner`'s abstract, built on the first call for that owner and kept while it lives. */
export function shinglesOf(owner: { readonly abstractText?: string }): Uint32Array | undefined {
  let shingles = built.get(owner);
  if (shingles === undefined) {
    shingles = abstractShingles(owner.abstractText) ?? null;
    built.set(owner, shingles);
  }
  return shingles ?? undefined;
}

/** Jaccard index of two sorted shingle sets; undefined when either record has no usable abstract. */
export function abstractSimilarity(a: Uint32Array | undefined, b: Uint32Array | undefined): number | undefined {
  if (a === undefined || b === undefined) return undefined;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
