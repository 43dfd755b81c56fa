/**
 * Labels beside points without overlap, greedily (the point-feature labelling heuristic
 * of Christensen, Marks & Shieber 1995, ACM Trans Graph 14:203, in its simplest form):
 * points are taken from the most to the least prominent, and each label goes to the
 * first of sixteen positions around its point, then the same positions farther out (with
 * a leader line), that stays inside the panel and clear of every label already placed
 * and of every point. If none is clear, the position with the least overlap wins.
 */
import { textWidth } from '../text/measure.js';

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface LabelSpot {
  /** Text anchor point: x of the label's start, y of its baseline. */
  readonly x: number;
  readonly y: number;
  readonly box: Box;
  /** The label sits away from its point and needs a leader line. */
  readonly leader: boolean;
}

/** Distances beyond the point's radius, nearest first. */
const RINGS = [3, 9, 18, 30, 45, 65, 90];
/** Unit directions: right, left, above, below, the diagonals, then eight in between. */
const DIRECTIONS: readonly (readonly [number, number])[] = [0, 180, 270, 90, 315, 225, 45, 135, 337.5, 202.5, 22.5, 157.5, 292.5, 247.5, 67.5, 112.5].map(
  (deg) => [Number(Math.cos((deg * Math.PI) / 180).toFixed(6)), Number(Math.sin((deg * Math.PI) / 180).toFixed(6))] as const,
);

interface Pt {
  readonly x: number;
  readonly y: number;
}

/** Whether segment a–b passes through box (sampled: leader lines are short). */
function crosses(a: Pt, b: Pt, box: Box): boolean {
  for (let k = 1; k < 20; k++) {
    const x = a.x + ((b.x - a.x) * k) / 20;
    const y = a.y + ((b.y - a.y) * k) / 20;
    if (x > box.x0 + 0.5 && x < box.x1 - 0.5 && y > box.y0 + 0.5 && y < box.y1 - 0.5) return true;
  }
  return false;
}

const area = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
const inside = (a: Box, p: Box) => a.x0 >= p.x0 && a.x1 <= p.x1 && a.y0 >= p.y0 && a.y1 <= p.y1;

/** `points` in px; `order` from the most prominent; `r` the point radius. */
export function placeLabels(
  points: readonly { readonly x: number; readonly y: number; readonly label: string }[],
  order: readonly number[],
  panel: Box,
  fontSize: number,
  r: number,
): LabelSpot[] {
  const placed: Box[] = [];
  const lines: [Pt, Pt][] = [];
  const dots: Box[] = points.map((p) => ({ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r }));
  const out: LabelSpot[] = new Array(points.length);
  const asc = fontSize * 0.8;
  const desc = fontSize * 0.2;
  for (const i of order) {
    const p = points[i];
    const w = textWidth(p.label, fontSize);
    const h = asc + desc;
    let best: { spot: LabelSpot; cost: number } | undefined;
    for (const d of RINGS.map((k) => r + k)) {
      for (const [dx, dy] of DIRECTIONS) {
        // the label's box touches the circle of radius d around the point in direction (dx, dy)
        const x0 = p.x + dx * d - (dx < -0.01 ? w : dx > 0.01 ? 0 : w / 2);
        const y0 = p.y + dy * d - (dy < -0.01 ? h : dy > 0.01 ? 0 : h / 2);
        const box = { x0, y0, x1: x0 + w, y1: y0 + h };
        const leader = d > r + RINGS[0];
        const tip = { x: Math.min(Math.max(p.x, x0), x0 + w), y: Math.min(Math.max(p.y, y0), y0 + h) };
        // a leader line must not cross a label, nor a label a leader line
        const crossings = (leader ? placed.filter((b) => crosses(p, tip, b)).length : 0) + lines.filter(([a, b]) => crosses(a, b, box)).length;
        const cost = (inside(box, panel) ? 0 : 1e9) + [...placed, ...dots].reduce((s, b) => s + area(box, b), 0) + crossings * 50 + d / 1000;
        const spot = { x: x0, y: y0 + asc, box, leader };
        if (best === undefined || cost < best.cost) best = { spot, cost };
      }
      if (best!.cost < 1) break;
    }
    out[i] = best!.spot;
    placed.push(best!.spot.box);
    if (best!.spot.leader) {
      const b = best!.spot.box;
      lines.push([p, { x: Math.min(Math.max(p.x, b.x0), b.x1), y: Math.min(Math.max(p.y, b.y0), b.y1) }]);
    }
  }
  return out;
}
