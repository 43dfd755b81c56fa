/**
 * The geometry of a funnel plot (Light & Pillemer 1984, Summing Up, ch. 4), as metafor
 * 3.8's `funnel()` lays it out for an intercept-only model with the standard error on
 * the y axis, returned as plain data for a plot module to draw:
 *   - points (yᵢ, seᵢ);
 *   - pseudo-confidence regions: at each se on a grid, refline ± z₁₋α/₂ √(se² + τ²)
 *     (τ² only with addtau2), for one or more levels;
 *   - optional contour-enhanced regions (Peters et al. 2008, J Clin Epidemiol 61:991):
 *     the same bounds around 0, e.g. at 90, 95 and 99%;
 *   - the window: ylim = [max seᵢ, 0]; xlim spans the widest region's base and every yᵢ,
 *     widened by 10% of its range on each side. The region grid runs from 10% below the
 *     bottom (max seᵢ) to 0, so the shaded regions fill the window.
 */
import { InputError } from '../errors.js';
import { normalQuant } from '../distributions/index.js';
import { levelFraction } from '../models/level.js';

/** What the funnel needs from a pooled model (an `rma()` result has these fields). */
export interface FunnelModel {
  readonly yi: readonly number[];
  readonly vi: readonly number[];
  readonly b: number;
  readonly tau2: number;
  /** Confidence level in percent. */
  readonly level: number;
}

export interface FunnelOptions {
  /** Centre of the pseudo-confidence regions (default the model's estimate). */
  readonly refline?: number;
  /** Level(s) of the regions, 95 or 0.95 (default the model's level). */
  readonly level?: number | readonly number[];
  /** Widen the regions by τ² (default false). */
  readonly addtau2?: boolean;
  /** Levels of contour-enhanced regions around 0 (default none), e.g. [90, 95, 99]. */
  readonly contours?: readonly number[];
  /** Number of se values on the grid of each region's bounds (default 100; metafor draws 1000). */
  readonly ciRes?: number;
}

export interface FunnelBound {
  readonly sei: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
}

export interface FunnelRegion {
  /** Confidence level in percent. */
  readonly level: number;
  readonly centre: number;
  /** Bounds from the bottom of the plot (largest se) to se = 0. */
  readonly bounds: readonly FunnelBound[];
}

export interface FunnelData {
  readonly refline: number;
  /** τ² added to every variance (0 unless addtau2). */
  readonly tau2: number;
  readonly points: readonly { readonly yi: number; readonly sei: number }[];
  readonly xlim: readonly [number, number];
  /** [bottom, top] = [max seᵢ, 0]. */
  readonly ylim: readonly [number, number];
  /** Widest first, so that drawing in order leaves the narrower regions on top. */
  readonly regions: readonly FunnelRegion[];
  readonly contours: readonly FunnelRegion[];
}

function levels(x: number | readonly number[]): number[] {
  return (typeof x === 'number' ? [x] : [...x]).map((l) => 100 * levelFraction(l)).sort((a, b) => b - a);
}

export function funnelData(model: FunnelModel, options: FunnelOptions = {}): FunnelData {
  const k = model.yi.length;
  if (k === 0 || model.vi.length !== k) {
    throw new InputError(`The funnel needs yi and vi of the same, non-zero length (got ${k} and ${model.vi.length}).`, {
      field: 'vi',
    });
  }
  const refline = options.refline ?? model.b;
  const tau2 = options.addtau2 === true ? model.tau2 : 0;
  const ciRes = options.ciRes ?? 100;
  if (!(Number.isInteger(ciRes) && ciRes >= 2)) {
    throw new InputError(`ciRes must be a whole number of at least 2 (got ${ciRes}).`, { field: 'ciRes', value: ciRes });
  }
  const sei = model.vi.map(Math.sqrt);
  const bottom = Math.max(...sei);
  const halfWidth = (level: number, se: number) => normalQuant(1 - (1 - level / 100) / 2) * Math.sqrt(se * se + tau2);

  const gridTop = Math.max(0, -0.1 * bottom);
  const gridBottom = bottom + 0.1 * bottom;
  const grid = Array.from({ length: ciRes }, (_, i) => gridBottom + ((gridTop - gridBottom) * i) / (ciRes - 1));
  grid[ciRes - 1] = gridTop;
  const region = (level: number, centre: number): FunnelRegion => ({
    level,
    centre,
    bounds: grid.map((se) => {
      const h = halfWidth(level, se);
      return { sei: se, ci_lb: centre - h, ci_ub: centre + h };
    }),
  });
  const regions = levels(options.level ?? model.level).map((l) => region(l, refline));
  const contours = levels(options.contours ?? []).map((l) => region(l, 0));

  let lo = Math.min(...model.yi);
  let hi = Math.max(...model.yi);
  for (const r of [regions[0], contours[0]]) {
    if (r === undefined) continue;
    const h = halfWidth(r.level, bottom);
    lo = Math.min(lo, r.centre - h);
    hi = Math.max(hi, r.centre + h);
  }
  const range = hi - lo;
  return {
    refline,
    tau2,
    points: model.yi.map((yi, i) => ({ yi, sei: sei[i] })),
    xlim: [lo - 0.1 * range, hi + 0.1 * range],
    ylim: [bottom, 0],
    regions,
    contours,
  };
}
