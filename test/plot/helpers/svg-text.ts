/** Reads the <text> elements of a plot's SVG back, with their boxes from the font metrics. */
import { textWidth } from '../../../src/plot/text/measure.js';

export interface TextBox {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Rotated labels (with a transform) are left out: their boxes are not axis-aligned. */
export function texts(svg: string): TextBox[] {
  const rootSize = Number(/<svg[^>]* font-size="([\d.]+)"/.exec(svg)?.[1] ?? 11);
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].filter(([, attrs]) => !attrs.includes('transform=')).map(([, attrs, body]) => {
    const attr = (n: string) => new RegExp(`(?:^| )${n}="([^"]*)"`).exec(attrs)?.[1];
    const size = Number(attr('font-size') ?? rootSize);
    const content = unescape(body);
    const w = textWidth(content, size, attr('font-weight') === 'bold' ? 'bold' : 'normal');
    const x = Number(attr('x'));
    const y = Number(attr('y'));
    const anchor = attr('text-anchor') ?? 'start';
    const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
    // the em box: ascent 0.8 em above the baseline, descent 0.2 em below
    return { text: content, x0, x1: x0 + w, y0: y - 0.8 * size, y1: y + 0.2 * size };
  });
}

/** Pairs of text boxes that overlap (touching is fine). */
export function overlaps(boxes: readonly TextBox[]): [TextBox, TextBox][] {
  const out: [TextBox, TextBox][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.text === '' || b.text === '') continue;
      if (a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01) out.push([a, b]);
    }
  }
  return out;
}

/** Text boxes that reach outside the viewBox. */
export function outside(svg: string, boxes: readonly TextBox[]): TextBox[] {
  const [, , w, h] = /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
  return boxes.filter((b) => b.x0 < 0 || b.x1 > w || b.y0 < 0 || b.y1 > h);
}
