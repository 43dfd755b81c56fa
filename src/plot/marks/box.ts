/**
 * A box of text, as in flow diagrams: paragraphs wrapped to the box's inner width, an
 * indented paragraph for list items, and a height that follows the text.
 */
import { rect, text } from '../svg/elements.js';
import { wrap } from '../text/fit.js';

export interface Paragraph {
  readonly text: string;
  /** Indentation level (list items 1, their sub-items 2). */
  readonly indent?: number;
  readonly bold?: boolean;
}

export interface BoxStyle {
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly fill: string;
  readonly stroke: string;
  readonly padding?: number;
  readonly align?: 'start' | 'middle';
}

const INDENT = 10;

function lines(ps: readonly Paragraph[], width: number, s: BoxStyle) {
  const inner = width - 2 * (s.padding ?? 7);
  return ps.flatMap((p) =>
    wrap(p.text, inner - (p.indent ?? 0) * INDENT, { fontSize: s.fontSize, weight: p.bold ? 'bold' : 'normal' }, 6).map((l) => ({ l, p })),
  );
}

export function boxHeight(ps: readonly Paragraph[], width: number, s: BoxStyle): number {
  return lines(ps, width, s).length * s.lineHeight + 2 * (s.padding ?? 7);
}

export function textBox(x: number, y: number, width: number, height: number, ps: readonly Paragraph[], s: BoxStyle): string[] {
  const pad = s.padding ?? 7;
  const ls = lines(ps, width, s);
  const top = y + (height - ls.length * s.lineHeight) / 2;
  const out = [rect(x, y, width, height, { fill: s.fill, stroke: s.stroke, width: 0.75 })];
  ls.forEach(({ l, p }, i) => {
    const by = top + i * s.lineHeight + s.lineHeight / 2 + s.fontSize * 0.36;
    if (s.align === 'middle') out.push(text(x + width / 2, by, l, { anchor: 'middle', bold: p.bold }));
    else out.push(text(x + pad + (p.indent ?? 0) * INDENT, by, l, { bold: p.bold }));
  });
  return out;
}
