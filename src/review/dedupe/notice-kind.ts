/**
 * Recognises records that are notices about another publication rather than the
 * publication itself: errata and corrections, retractions and expressions of concern,
 * comments, replies and letters about an article. Such a notice often repeats the
 * article's title (ICMJE recommendations, "Corrections, retractions, republications";
 * COPE retraction guidelines 2019), so a title match alone must never merge it with
 * the article.
 *   noticeKind('Erratum: Cultural universality versus particularity in CMC') // 'correction'
 */
import { stripTitleNotes } from './normalise-title.js';

export type NoticeKind = 'correction' | 'retraction' | 'comment';

const PATTERNS: readonly [NoticeKind, RegExp][] = [
  ['retraction', /^\W*(?:retraction|retracted|notice of retraction|withdrawn|expression of concern)\b|\[retract(?:ed|ion)/i],
  ['correction', /^\W*(?:errat(?:um|a)|corrigend(?:um|a)|addendum)\b|^\W*corrections?\s*(?::|to\b|$)|\[(?:errat|correct)|\b(?:erratum|corrigendum)\W*$/i],
  ['comment', /^\W*(?:comment(?:ary)? on|re:|reply\b|in reply|author'?s? reply|response to (?:the )?(?:letter|comment|commentary|correspondence)|letter to the editor)|\[(?:comment|letter)/i],
];

// Web of Science names a correction by the article it corrects: "… (vol 142, pg 310, 2003)"
const WOS_CORRECTION = /\(vol\.? \d+\w*, pg\.? \w+, \d{4}\)\W*$/i;

export function noticeKind(title: string): NoticeKind | undefined {
  const own = stripTitleNotes(title);
  if (WOS_CORRECTION.test(own)) return 'correction';
  for (const [kind, re] of PATTERNS) if (re.test(own)) return kind;
  return undefined;
}
