/**
 * Recognises records that are notices about another publication rather than the
 * publication itself: errata and corrections, retractions and expressions of concern,
 * comments, replies and letters about an article. Such a notice often repeats the
 * article's title (ICMJE recommendations, "Corrections, retractions, republications";
 * COPE retraction guidelines 2019), so a title match alone must never merge it with
 * the article.
 *   noticeKind('Erratum: Cultural universality versus particularity in CMC') // 'correction'
 */
import { stripLinkedNotes, stripTitleNotes } from './normalise-title.js';

export type NoticeKind = 'correction' | 'retraction' | 'comment';

const PATTERNS: readonly [NoticeKind, RegExp][] = [
  ['retraction', /^\W*(?:retraction|retracted|notice of retraction|withdrawn|expression of concern)\b|\[retract(?:ed|ion)/i],
  ['correction', /^\W*(?:errat(?:um|a)|corrigend(?:um|a)|addendum)\b|^\W*corrections?\s*(?::|to\b|$)|\[(?:errat|correct)|\b(?:erratum|corrigendum)\W*$/i],
  ['comment', /^\W*(?:comment(?:ary)? on|re:|reply\b|in reply|author'?s? reply|response to (?:the )?(?:letter|comment|commentary|correspondence)|letter to the editor)|\[(?:comment|letter)/i],
];

// Web of Science and EMBASE name a correction by the article it corrects:
// "… (vol 142, pg 310, 2003)", "… (New England Journal of Medicine (2009) 360 (542-544))"
const CITED_CORRECTION = /(?:\(vol\.? \d+\w*, pg\.? \w+, \d{4}\)|\([^()]*\(\d{4}\)\s*\d+\s*\([\d\s–-]+\)\))\W*$/i;

export function noticeKind(title: string): NoticeKind | undefined {
  if (CITED_CORRECTION.test(stripLinkedNotes(title))) return 'correction';
  const own = stripTitleNotes(title);
  for (const [kind, re] of PATTERNS) if (re.test(own)) return kind;
  return undefined;
}

const HEADING =
  /^\W*(?:(?:errat(?:um|a)|corrigend(?:um|a)|corrections?|addendum|retraction(?: notice)?|notice of retraction|expression of concern)(?:\s+(?:to|for|of|on))?(?:\s*:)?|re:|comment(?:ary)? on)\s*[-–:]?\s*/i;
/** The title up to its first parenthesis never closed: a citation the export cut short, "… (The Journal of Pediatrics (M". */
function withoutCutCitation(title: string): string {
  const open: number[] = [];
  for (let k = 0; k < title.length; k++) {
    if (title[k] === '(') open.push(k);
    else if (title[k] === ')') open.pop();
  }
  return open.length === 0 ? title : title.slice(0, open[0]);
}

/**
 * The title a notice is about: the notice's heading ("Erratum:", "Corrigendum to",
 * "Retraction notice to:") and a cut-off trailing citation removed, so that two
 * exports of one notice compare on the same words. The whole title when nothing
 * substantial would remain ("Erratum").
 *   noticeSubject('Erratum to "Leveraging IT resources"') // '"Leveraging IT resources"'
 */
export function noticeSubject(title: string): string {
  const subject = withoutCutCitation(title.replace(HEADING, ''));
  return subject.trim().length >= 12 ? subject.trim() : title;
}
