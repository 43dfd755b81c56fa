/**
 * A pseudo-confidence or contour region of funnelData() as a closed polygon in px: down
 * the lower bound, up the upper bound, cut at the bottom of the plot (the region grid
 * runs 10% below the largest standard error so that it fills the window).
 */
import type { FunnelRegion } from '../../stats/bias/funnel-data.js';
import type { Scale } from '../scale/scale.js';

export function regionPolygon(region: FunnelRegion, x: Scale, y: Scale, bottom: number): [number, number][] {
  const b = region.bounds;
  const kept: { sei: number; lo: number; hi: number }[] = [];
  for (let i = 0; i < b.length; i++) {
    const cur = b[i];
    if (cur.sei <= bottom) {
      const prev = b[i - 1];
      if (prev !== undefined && prev.sei > bottom && kept.length === 0) {
        const t = (prev.sei - bottom) / (prev.sei - cur.sei);
        kept.push({ sei: bottom, lo: prev.ci_lb + t * (cur.ci_lb - prev.ci_lb), hi: prev.ci_ub + t * (cur.ci_ub - prev.ci_ub) });
      }
      kept.push({ sei: cur.sei, lo: cur.ci_lb, hi: cur.ci_ub });
    }
  }
  const left = kept.map((p) => [x.map(p.lo), y.map(p.sei)] as [number, number]);
  const right = kept.map((p) => [x.map(p.hi), y.map(p.sei)] as [number, number]).reverse();
  return [...left, ...right];
}
