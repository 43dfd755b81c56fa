/**
 * The few SVG elements the plots draw, written with a fixed attribute order so that
 * output is stable byte for byte. Every piece of text is a <text> element (never a
 * path), so exported plots stay searchable and accessible.
 */
import { escapeXml, px } from './format.js';

export type Anchor = 'start' | 'middle' | 'end';

export interface TextAttrs {
  readonly anchor?: Anchor;
  readonly bold?: boolean;
  readonly size?: number;
  readonly fill?: string;
  readonly italic?: boolean;
}

export function text(x: number, y: number, content: string, a: TextAttrs = {}): string {
  const attrs = [
    `x="${px(x)}"`,
    `y="${px(y)}"`,
    a.anchor && a.anchor !== 'start' ? `text-anchor="${a.anchor}"` : '',
    a.bold ? 'font-weight="bold"' : '',
    a.italic ? 'font-style="italic"' : '',
    a.size !== undefined ? `font-size="${px(a.size)}"` : '',
    a.fill ? `fill="${a.fill}"` : '',
  ].filter((s) => s !== '');
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

export interface Paint {
  readonly fill?: string;
  readonly stroke?: string;
  readonly width?: number;
  readonly dash?: string;
}

function paint(p: Paint): string {
  return [
    `fill="${p.fill ?? 'none'}"`,
    p.stroke ? `stroke="${p.stroke}"` : '',
    p.stroke && p.width !== undefined ? `stroke-width="${px(p.width)}"` : '',
    p.dash ? `stroke-dasharray="${p.dash}"` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
}

export function line(x1: number, y1: number, x2: number, y2: number, p: Paint): string {
  return `<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" ${paint(p)}/>`;
}

export function rect(x: number, y: number, w: number, h: number, p: Paint): string {
  return `<rect x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${px(h)}" ${paint(p)}/>`;
}

export function circle(cx: number, cy: number, r: number, p: Paint): string {
  return `<circle cx="${px(cx)}" cy="${px(cy)}" r="${px(r)}" ${paint(p)}/>`;
}

export function polygon(points: readonly (readonly [number, number])[], p: Paint): string {
  return `<polygon points="${points.map(([x, y]) => `${px(x)},${px(y)}`).join(' ')}" ${paint(p)}/>`;
}

export function polyline(points: readonly (readonly [number, number])[], p: Paint): string {
  return `<polyline points="${points.map(([x, y]) => `${px(x)},${px(y)}`).join(' ')}" ${paint(p)}/>`;
}

export function group(cls: string, children: readonly string[]): string {
  return children.length === 0 ? '' : `<g class="${cls}">\n${children.join('\n')}\n</g>`;
}
