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
 *   abstractSimilarity(abstractShingles(a), abstractShingles(a)) // 1
 */
import { foldText } from './fold-text.js';

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

/** The abstract's distinct shingle hashes, sorted; undefined when it is missing or shorter than MIN_WORDS words. */
export function abstractShingles(abstract: string | undefined): Uint32Array | undefined {
  if (abstract === undefined) return undefined;
  const words = foldText(abstract).split(' ').filter((w) => w !== '');
  if (words.length < MIN_WORDS) return undefined;
  const hashes = new Uint32Array(words.length - SPAN + 1);
  for (let k = 0; k < hashes.length; k++) hashes[k] = hash(words.slice(k, k + SPAN).join(' '));
  hashes.sort();
  let n = 0;
  for (let k = 0; k < hashes.length; k++) if (k === 0 || hashes[k] !== hashes[k - 1]) hashes[n++] = hashes[k];
  return hashes.slice(0, n);
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
