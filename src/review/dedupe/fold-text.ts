/**
 * Folds free text to a comparable form: HTML entities and tags decoded or dropped,
 * full-width forms to ASCII (Unicode NFKC), diacritics dropped (NFKD, combining marks
 * removed), Greek letters spelt out (databases write "β" or "beta"), lower case, and every
 * run of characters that is neither a letter nor a digit turned into one space. Chinese,
 * Japanese and Korean text is kept as characters.
 *   foldText('Ｃｏｍｐｌｅｍｅｎｔ &amp; Hémolyse.') // 'complement hemolyse'
 */
import { decodeHtml } from './decode-html.js';

const GREEK: Readonly<Record<string, string>> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', κ: 'kappa', λ: 'lambda',
  μ: 'mu', π: 'pi', σ: 'sigma', τ: 'tau', ω: 'omega',
};
// letters that NFKD does not decompose into base letter + mark
const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ı: 'i' };

export function foldText(text: string): string {
  const decoded = decodeHtml(text).normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase();
  return decoded
    .replace(/[ßæœøłđþı]/gu, (c) => LIGATURES[c])
    .replace(/[αβγδεκλμπστω]/gu, (c) => ` ${GREEK[c]} `)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the text holds Chinese, Japanese or Korean characters. */
export function hasCjk(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}
