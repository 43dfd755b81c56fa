/**
 * Plot sizes in px or mm. Layout is done in CSS px (96 per inch, CSS Values 4 §6.2);
 * a size in mm is converted for layout and written back in mm on the <svg> element,
 * so a 170 mm figure prints at 170 mm whatever the viewer.
 */
export type Unit = 'px' | 'mm';

export interface PlotSize {
  readonly width: number;
  readonly unit: Unit;
}

export const PX_PER_MM = 96 / 25.4;

export function toPx(size: PlotSize): number {
  return size.unit === 'mm' ? size.width * PX_PER_MM : size.width;
}

/** "170mm", "1200px" or "1200" (px). */
export function parseSize(s: string): PlotSize {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(mm|px)?\s*$/.exec(s);
  if (m === null || Number(m[1]) <= 0) throw new RangeError(`'${s}' is not a size: give px (1200 or 1200px) or mm (170mm).`);
  return { width: Number(m[1]), unit: (m[2] ?? 'px') as Unit };
}
