/**
 * A study's point estimate as a square whose area is proportional to its weight
 * (RevMan 5; Lewis & Clarke 2001, BMJ 322:1479), so the eye weighs studies as the
 * analysis does. Estimates beyond the axis are not drawn (the clipped interval shows them).
 */
import { rect } from '../svg/elements.js';
import type { Scale } from '../scale/scale.js';

/** Side in px for a weight, given the largest weight and the largest side. */
export function squareSide(weight: number, maxWeight: number, maxSide: number, minSide = 3): number {
  if (!(weight > 0) || !(maxWeight > 0)) return minSide;
  return Math.max(minSide, maxSide * Math.sqrt(weight / maxWeight));
}

export function square(scale: Scale, est: number, y: number, side: number, fill: string): string[] {
  if (!Number.isFinite(est) || est < scale.domain[0] || est > scale.domain[1]) return [];
  const x = scale.map(est);
  return [rect(x - side / 2, y - side / 2, side, side, { fill })];
}
