/**
 * Candidate pairs by blocking (Christen 2012, IEEE TKDE 24:1537, "A survey of indexing
 * techniques for scalable record linkage"): only records sharing at least one key are
 * compared, which keeps the work near-linear instead of n². Several keys cover each
 * other's blind spots:
 * - identifiers: DOI, PMID, each trial registration number;
 * - the first and the last 24 characters of each title (spaces removed), so a typo at
 *   one end or a dropped subtitle still leaves one key in common;
 * - the four longest title words, sorted, for reordered or re-punctuated titles;
 * - first author + year + first page, and year + volume + first page, for titles that
 *   differ (translated titles, a missing title).
 * A fuzzy key shared by more than `maxBlock` records (a generic title such as
 * "Editorial") is skipped, identifier keys are capped at 4 × maxBlock.
 */
import type { PreparedRecord } from './prepare.js';

const END = 24;
/** Identifier keys (DOI, PMID, registration), allowed larger blocks than fuzzy keys. */
const IDENTIFIER = /^[dmr] /;

function keysOf(r: PreparedRecord): { exact: string[]; fuzzy: string[] } {
  const exact: string[] = [];
  if (r.doi) exact.push(`d ${r.doi}`);
  if (r.pmid) exact.push(`m ${r.pmid}`);
  for (const reg of r.registrations) exact.push(`r ${reg}`);
  const fuzzy: string[] = [];
  for (const t of r.titles) {
    const compact = t.replace(/ /g, '');
    if (compact.length >= 12) fuzzy.push(`a ${compact.slice(0, END)}`, `z ${compact.slice(-END)}`);
    const words = [...new Set(t.split(' '))].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
    if (words.length >= 4) fuzzy.push(`w ${words.slice(0, 4).sort().join(' ')}`);
  }
  const first = r.pages?.first;
  if (first !== undefined && r.year !== undefined) {
    if (r.authors.length > 0) fuzzy.push(`p ${r.authors[0].surname} ${r.year} ${first}`);
    if (r.volume !== undefined) fuzzy.push(`v ${r.year} ${r.volume} ${first}`);
  }
  return { exact, fuzzy };
}

/**
 * Index pairs [i, j] with i < j, each once. Memory stays near the size of the key index:
 * a key held by one record (most title keys) is stored as a bare index rather than an
 * array, identifier keys are told apart by their prefix rather than a second map, and
 * pairs found in several blocks are removed by sorting their codes (i·n + j, exact in a
 * double up to n ≈ 9·10⁷) instead of a Set.
 */
export function candidatePairs(records: readonly PreparedRecord[], maxBlock = 64): [number, number][] {
  const blocks = new Map<string, number | number[]>();
  records.forEach((r, i) => {
    const { exact, fuzzy } = keysOf(r);
    for (const key of exact.length === 0 ? fuzzy : [...exact, ...fuzzy]) {
      const block = blocks.get(key);
      if (block === undefined) blocks.set(key, i);
      else if (typeof block === 'number') {
        if (block !== i) blocks.set(key, [block, i]);
      } else if (block[block.length - 1] !== i) block.push(i);
    }
  });
  const n = records.length;
  let codes = new Float64Array(1024);
  let count = 0;
  for (const [key, block] of blocks) {
    if (typeof block === 'number') continue;
    if (block.length > (IDENTIFIER.test(key) ? 4 * maxBlock : maxBlock)) continue;
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        if (count === codes.length) {
          const grown = new Float64Array(codes.length * 2);
          grown.set(codes);
          codes = grown;
        }
        codes[count++] = block[x] * n + block[y];
      }
    }
  }
  blocks.clear();
  const sorted = codes.subarray(0, count).sort();
  const pairs: [number, number][] = [];
  for (let k = 0; k < count; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    const i = Math.floor(sorted[k] / n);
    pairs.push([i, sorted[k] - i * n]);
  }
  return pairs;
}
