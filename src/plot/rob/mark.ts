/**
 * A judgement as robvis draws it: a filled circle with the judgement's symbol at its
 * centre. The symbol is <text>, so "+ − × ?" stay readable where colour is lost
 * (greyscale print, colour-blind readers) and searchable in the SVG.
 */
import { circle, text } from '../svg/elements.js';
import type { Theme } from '../theme.js';
import { SYMBOL, type Judgement } from './judgements.js';

export function judgementMark(x: number, y: number, r: number, j: Judgement, t: Theme): string[] {
  const size = Math.round(r * 1.25);
  return [
    circle(x, y, r, { fill: t.rob[j], stroke: t.ink, width: 0.75 }),
    // the font's math signs sit about 0.33 em above the baseline
    text(x, y + size * 0.33, SYMBOL[j], { anchor: 'middle', bold: true, size, fill: t.robSymbol[j] }),
  ];
}
