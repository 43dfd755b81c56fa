/**
 * A funnel plot (Light & Pillemer 1984; Sterne et al. 2011, BMJ 343:d4002): effect
 * against standard error, 0 at the top, drawn from funnelData()'s geometry. Standard: a
 * white pseudo-confidence region on a grey panel around the pooled estimate.
 * Contour-enhanced (Peters et al. 2008, J Clin Epidemiol 61:991): shaded bands of
 * significance around 0 with a legend. Studies imputed by trim and fill (Duval &
 * Tweedie 2000) are open circles. Ratio measures keep the log scale and label the ticks
 * with ratios, as metafor's `atransf = exp`.
 */
import type { FunnelData } from '../../stats/bias/funnel-data.js';
import { bottomAxis, leftAxis } from '../marks/axis.js';
import { linearScale } from '../scale/scale.js';
import { niceTicks, tickLabel } from '../scale/ticks.js';
import { toPx, type PlotSize } from '../size.js';
import { svgDocument } from '../svg/document.js';
import { circle, group, line, polygon, rect, text } from '../svg/elements.js';
import { textWidth } from '../text/measure.js';
import { GREY, type Theme } from '../theme.js';
import { regionPolygon } from './regions.js';

export interface FunnelPlotOptions {
  readonly theme?: Theme;
  readonly size?: PlotSize;
  /** x axis title, e.g. "Log risk ratio" or "Risk ratio (log scale)". */
  readonly xlab?: string;
  /** Label ticks with exp(x) (ratio measures on the log scale). */
  readonly exp?: boolean;
  /** Studies imputed by trim and fill, drawn open. */
  readonly filled?: readonly { readonly yi: number; readonly vi: number }[];
  readonly title?: string;
}

const RATIO_TICKS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** Ratios 1, 2, 5 × 10^k on the log axis, thinned to 1, 5 × 10^k and then 10^k if there are too many. */
function xTicks(lo: number, hi: number, exp: boolean): number[] {
  if (!exp) return niceTicks(lo, hi).ticks.filter((t) => t >= lo && t <= hi);
  const mantissa = (r: number) => Number((r / 10 ** Math.floor(Math.log10(r) + 1e-9)).toFixed(6));
  for (const keep of [[1, 2, 5], [1, 5], [1]]) {
    const ticks = RATIO_TICKS.filter((r) => keep.includes(mantissa(r))).map(Math.log).filter((t) => t >= lo && t <= hi);
    if (ticks.length <= 7) return ticks;
  }
  return [];
}

export function funnelPlot(data: FunnelData, options: FunnelPlotOptions = {}): string {
  const t = options.theme ?? GREY;
  const f = t.fontSize;
  const contour = data.contours.length > 0;
  const legend = contour ? contourLegend(data.contours.map((c) => c.level)) : [];
  const legendW = legend.length === 0 ? 0 : 24 + Math.max(...legend.map((l) => textWidth(l.label, f)));
  const width = options.size ? toPx(options.size) : 480 + legendW;
  const yTicks = niceTicks(0, data.ylim[0]).ticks.filter((v) => v <= data.ylim[0] + 1e-12);
  const yLabelW = Math.max(...yTicks.map((v) => textWidth(tickLabel(v), f)));
  const left = 10 + f * 1.4 + 8 + yLabelW + 6;
  const right = width - 16 - legendW;
  const top = 12;
  const bottom = top + Math.max(200, (right - left) * 0.8);
  const x = linearScale(data.xlim, [left, right], xTicks(data.xlim[0], data.xlim[1], options.exp === true));
  const y = linearScale([0, data.ylim[0]], [top, bottom], yTicks);
  const filled = (options.filled ?? []).filter((p) => Number.isFinite(p.yi) && p.vi >= 0);

  const panel: string[] = [];
  if (contour) {
    const n = data.contours.length;
    panel.push(rect(left, top, right - left, bottom - top, { fill: t.shades[Math.min(n, t.shades.length - 1)] }));
    data.contours.forEach((c, i) => panel.push(polygon(regionPolygon(c, x, y, data.ylim[0]), { fill: t.shades[Math.max(0, n - 1 - i)] })));
  } else {
    panel.push(rect(left, top, right - left, bottom - top, { fill: t.shades[1] }));
    for (const r of data.regions) panel.push(polygon(regionPolygon(r, x, y, data.ylim[0]), { fill: t.background, stroke: t.ink, width: 0.75, dash: '3 3' }));
  }
  panel.push(line(x.map(data.refline), top, x.map(data.refline), bottom, { stroke: t.ink, width: 0.75 }));
  // on shaded contours coloured points lose contrast: draw them in ink
  const points = data.points.map((p) => circle(x.map(p.yi), y.map(p.sei), 3, { fill: contour ? t.ink : t.point }));
  const open = filled.map((p) => circle(x.map(p.yi), y.map(Math.sqrt(p.vi)), 3, { fill: t.background, stroke: t.filled, width: 1 }));

  const xa = bottomAxis(x, bottom, { stroke: t.ink, fontSize: f });
  if (options.exp === true) {
    // relabel the log-scale ticks with their ratios
    for (let i = 0; i < xa.marks.length; i++) xa.marks[i] = xa.marks[i].replace(/>([-\d.]+)<\/text>$/, (_, v: string) => `>${tickLabel(Number(Math.exp(Number(v)).toPrecision(3)))}</text>`);
  }
  const ya = leftAxis(y, left, { stroke: t.ink, fontSize: f });
  const axisTitles = [
    text((left + right) / 2, xa.labelY + f * 1.6, options.xlab ?? 'Effect size', { anchor: 'middle' }),
    `<text x="0" y="0" transform="translate(${(10 + f).toFixed(2)} ${((top + bottom) / 2).toFixed(2)}) rotate(-90)" text-anchor="middle">Standard error</text>`,
  ];
  const legendMarks = legend.flatMap((l, i) => {
    const ly = top + 4 + i * (f * 1.6);
    return [rect(right + 14, ly, 12, 12, { fill: t.shades[Math.min(t.shades.length - 1, i)], stroke: t.ink, width: 0.5 }), text(right + 30, ly + 10, l.label)];
  });
  const height = xa.labelY + f * 1.6 + 12;
  const title = options.title ?? `Funnel plot: ${data.points.length} studies${filled.length > 0 ? `, ${filled.length} filled` : ''}`;
  return svgDocument({ width, height, unit: options.size?.unit, theme: t, title }, [
    group('panel', panel),
    group('points', points),
    group('filled', open),
    group('axis', [...xa.marks, ...ya, ...axisTitles]),
    group('legend', legendMarks),
  ]);
}

/** Bands from the innermost (not significant) outwards. */
function contourLegend(levels: readonly number[]): { label: string }[] {
  const ps = [...levels].sort((a, b) => a - b).map((l) => Number((1 - l / 100).toFixed(4)));
  const out = [{ label: `p > ${ps[0]}` }];
  for (let i = 0; i + 1 < ps.length; i++) out.push({ label: `${ps[i + 1]} < p ≤ ${ps[i]}` });
  out.push({ label: `p ≤ ${ps.at(-1)}` });
  return out;
}
