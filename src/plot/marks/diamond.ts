/**
 * A pooled estimate as a diamond whose left and right points are the confidence limits
 * and whose centre is the estimate (RevMan 5, metafor's addpoly). Limits beyond the axis
 * are clamped to it.
 */
import { polygon } from '../svg/elements.js';
import type { Scale } from '../scale/scale.js';

export function diamond(scale: Scale, est: number, lo: number, hi: number, y: number, height: number, p: { fill: string; stroke: string }): string[] {
  if (![est, lo, hi].every(Number.isFinite)) return [];
  const [d0, d1] = scale.domain;
  const clamp = (v: number) => scale.map(Math.min(d1, Math.max(d0, v)));
  const h = height / 2;
  return [polygon([[clamp(lo), y], [clamp(est), y - h], [clamp(hi), y], [clamp(est), y + h]], { fill: p.fill, stroke: p.stroke, width: 0.75 })];
}
