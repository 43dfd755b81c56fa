/**
 * Similarity of two normalised titles in [0, 1]: the Levenshtein ratio of the titles,
 * raised to 0.95 when one title is the other cut short (exports truncate long titles)
 * and the shared part is long enough (at least 40 characters and 60% of the longer
 * title) to identify the paper, and to 0.9 when the shorter is the longer without its
 * subtitle (at least 20 characters and 3 words), or without a heading put before it
 * (a section name such as "Medical progress:"; same limits). Chinese titles are
 * compared the same way, character by character.
 *   titleSimilarity('efficacy of batroxobin', 'efficacy of batroxobin') // 1
 */
import { levenshteinRatio } from './levenshtein.js';

const TRUNCATED = 0.95;
const MIN_SHARED = 40;
const MIN_SHARE = 0.6;
/** A title without its subtitle: the shorter is a whole-word prefix of at least 20 characters and 3 words. */
const SUBTITLE_DROPPED = 0.9;
const MIN_MAIN_TITLE = 20;

export function titleSimilarity(a: string, b: string, floor = 0): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short)) {
    if (short.length >= MIN_SHARED && short.length >= MIN_SHARE * long.length) return TRUNCATED;
    if (short.length >= MIN_MAIN_TITLE && long[short.length] === ' ' && short.split(' ').length >= 3) return SUBTITLE_DROPPED;
  }
  // a section heading or series name put before the title ("Medical progress: …", "Thrombotic microangiopathy: …")
  if (long.endsWith(short) && short.length >= MIN_MAIN_TITLE && long[long.length - short.length - 1] === ' ' && short.split(' ').length >= 3)
    return SUBTITLE_DROPPED;
  return levenshteinRatio(a, b, floor);
}
