/**
 * Text width from the committed advance-width table of the bundled font
 * (./metrics-noto-sans-sc.ts), so that layout is the same in Node and in a browser.
 * CJK ideographs, kana, hangul and full-width forms are 1 em in Noto Sans SC; a
 * character outside the table counts as 1 em too, erring towards more room.
 * Kerning is ignored: it only narrows Latin text.
 */
import { NOTO_SANS_SC_WIDTHS } from './metrics-noto-sans-sc.js';

export type FontWeight = 'normal' | 'bold';

function lookup(table: readonly (readonly [number, readonly number[]])[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const [from, ws] of table) ws.forEach((w, i) => m.set(from + i, w));
  return m;
}

const REGULAR = lookup(NOTO_SANS_SC_WIDTHS.regular);
const BOLD = lookup(NOTO_SANS_SC_WIDTHS.bold);

/** Advance of one code point in 1/1000 em. */
export function advance(codePoint: number, weight: FontWeight = 'normal'): number {
  return (weight === 'bold' ? BOLD : REGULAR).get(codePoint) ?? 1000;
}

/** Width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  let units = 0;
  for (const ch of text) units += advance(ch.codePointAt(0)!, weight);
  return (units * fontSize) / 1000;
}
