/**
 * SVG to PNG with resvg (a full SVG 1.1/2 static renderer in Rust), using only the
 * bundled fonts: system fonts are never loaded, so a PNG does not depend on the machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { bundledFontFiles, FONT_FAMILY } from './fonts.js';

export interface PngOptions {
  /** Output width in pixels; by default the SVG's own width times `scale`. */
  readonly width?: number;
  /** Zoom when no width is given (default 2, for sharp text on screens and print). */
  readonly scale?: number;
}

export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  const fitTo = options.width !== undefined ? { mode: 'width' as const, value: Math.round(options.width) } : { mode: 'zoom' as const, value: options.scale ?? 2 };
  const resvg = new Resvg(svg, {
    fitTo,
    font: {
      loadSystemFonts: false,
      fontFiles: bundledFontFiles(),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
