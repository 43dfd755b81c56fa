/**
 * The <svg> root: size in px or mm over a px viewBox, the theme's font and colours as
 * inherited defaults, a <title> for accessibility and an opaque background (PNG
 * renderers otherwise leave it transparent).
 */
import type { Unit } from '../size.js';
import { PX_PER_MM } from '../size.js';
import type { Theme } from '../theme.js';
import { escapeXml, px } from './format.js';

export interface DocumentSpec {
  /** Layout width and height in px. */
  readonly width: number;
  readonly height: number;
  readonly unit?: Unit;
  readonly theme: Theme;
  readonly title: string;
}

export function svgDocument(spec: DocumentSpec, body: readonly string[]): string {
  // px keeps a requested width exact (170 mm stays 170 mm)
  const w = px(spec.width);
  const h = px(Math.ceil(spec.height));
  const dim = (v: string) => (spec.unit === 'mm' ? `${px(Number(v) / PX_PER_MM)}mm` : v);
  const t = spec.theme;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${dim(w)}" height="${dim(h)}" viewBox="0 0 ${w} ${h}" ` +
      `font-family="${escapeXml(t.fontFamily)}" font-size="${px(t.fontSize)}" fill="${t.ink}">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<rect width="${w}" height="${h}" fill="${t.background}"/>`,
    ...body.filter((s) => s !== ''),
    '</svg>',
    '',
  ].join('\n');
}
