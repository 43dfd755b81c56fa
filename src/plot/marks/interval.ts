/**
 * A confidence interval as a horizontal rule at row position y. A bound beyond the
 * axis is clipped to it and drawn as an arrowhead, as RevMan 5 and metafor do, so the
 * reader sees the interval continues.
 */
import { line, polygon } from '../svg/elements.js';
import type { Scale } from '../scale/scale.js';

export interface IntervalStyle {
  readonly stroke: string;
  readonly width?: number;
  readonly dash?: string;
}

export function interval(scale: Scale, lo: number, hi: number, y: number, style: IntervalStyle): string[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const [d0, d1] = scale.domain;
  if (hi < d0 || lo > d1) return [];
  const x0 = scale.map(Math.max(lo, d0));
  const x1 = scale.map(Math.min(hi, d1));
  const out = [line(x0, y, x1, y, { stroke: style.stroke, width: style.width ?? 1, dash: style.dash })];
  const head = 4;
  if (lo < d0) out.push(polygon([[x0, y], [x0 + head, y - head / 1.6], [x0 + head, y + head / 1.6]], { fill: style.stroke }));
  if (hi > d1) out.push(polygon([[x1, y], [x1 - head, y - head / 1.6], [x1 - head, y + head / 1.6]], { fill: style.stroke }));
  return out;
}
