/**
 * The Baujat plot (Baujat et al. 2002, Stat Med 21:2641; metafor's baujat()): each
 * study's contribution to the overall heterogeneity statistic (x) against its influence
 * on the overall result (y), from analyzeTable's `influence` rows (baujat_x, baujat_y).
 * Studies in the top right both drive heterogeneity and move the estimate. Points are
 * labelled with the study names, placed so that no two labels overlap.
 */
import { bottomAxis, leftAxis } from '../marks/axis.js';
import { linearScale } from '../scale/scale.js';
import { niceTicks, tickLabel } from '../scale/ticks.js';
import { toPx, type PlotSize } from '../size.js';
import { svgDocument } from '../svg/document.js';
import { circle, group, line, rect, text } from '../svg/elements.js';
import { px } from '../svg/format.js';
import { truncate } from '../text/fit.js';
import { textWidth } from '../text/measure.js';
import { GREY, type Theme } from '../theme.js';
import { placeLabels } from './place-labels.js';
import type { SensitivityInput } from './steps.js';

export interface BaujatPlotOptions {
  readonly theme?: Theme;
  readonly size?: PlotSize;
  readonly title?: string;
}

const PAD = 10;
const R = 3.5;
const MAX_LABEL = 170;

export function baujatPlot(result: SensitivityInput, options: BaujatPlotOptions = {}): string {
  const rows = (result.influence ?? []).filter((r) => typeof r.baujat_x === 'number' && typeof r.baujat_y === 'number');
  if (rows.length === 0) throw new RangeError("The analysis has no Baujat coordinates: run it with influence: true.");
  const t = options.theme ?? GREY;
  const f = t.fontSize;
  const xs = rows.map((r) => r.baujat_x as number);
  const ys = rows.map((r) => r.baujat_y as number);
  const xt = niceTicks(0, Math.max(...xs) * 1.08);
  const yt = niceTicks(0, Math.max(...ys) * 1.08);
  const yLabelW = Math.max(...yt.ticks.map((v) => textWidth(tickLabel(v), f)));
  const width = options.size ? toPx(options.size) : 560;
  const left = PAD + f * 1.4 + 8 + yLabelW + 6;
  const right = width - PAD - textWidth(tickLabel(xt.ticks.at(-1)!), f) / 2;
  const top = PAD + 4;
  const bottom = top + Math.max(220, (right - left) * 0.72);
  const x = linearScale(xt.domain, [left, right], xt.ticks);
  const y = linearScale(yt.domain, [bottom, top], yt.ticks);
  const points = rows.map((r) => ({ x: x.map(r.baujat_x as number), y: y.map(r.baujat_y as number), label: truncate(String(r.study), MAX_LABEL, { fontSize: f }) }));
  // the most influential first, then the largest contributors to heterogeneity
  const order = points.map((_, i) => i).sort((a, b) => ys[b] - ys[a] || xs[b] - xs[a] || a - b);
  const spots = placeLabels(points, order, { x0: left + 2, y0: top + 2, x1: right - 2, y1: bottom - 2 }, f, R);

  const frame = rect(left, top, right - left, bottom - top, { fill: 'none', stroke: t.ink, width: 0.75 });
  const leaders = spots.flatMap((s, i) => {
    if (!s.leader) return [];
    const p = points[i];
    const cx = Math.min(Math.max(p.x, s.box.x0), s.box.x1);
    const cy = Math.min(Math.max(p.y, s.box.y0), s.box.y1);
    return [line(p.x, p.y, cx, cy, { stroke: t.muted, width: 0.5 })];
  });
  const dots = points.map((p) => circle(p.x, p.y, R, { fill: t.point }));
  const labels = spots.map((s, i) => text(s.x, s.y, points[i].label));
  const xa = bottomAxis(x, bottom, { stroke: t.ink, fontSize: f });
  const ya = leftAxis(y, left, { stroke: t.ink, fontSize: f });
  const titleY = xa.labelY + f * 1.6;
  const axisTitles = [
    text((left + right) / 2, titleY, 'Contribution to overall heterogeneity', { anchor: 'middle' }),
    `<text x="0" y="0" transform="translate(${px(PAD + f)} ${px((top + bottom) / 2)}) rotate(-90)" text-anchor="middle">Influence on overall result</text>`,
  ];
  const height = titleY + f * 0.3 + PAD;
  const title = options.title ?? `Baujat plot: ${rows.length} studies`;
  return svgDocument({ width, height, unit: options.size?.unit, theme: t, title }, [
    group('panel', [frame]),
    group('leaders', leaders),
    group('points', dots),
    group('labels', labels),
    group('axis', [...xa.marks, ...ya, ...axisTitles]),
  ]);
}
