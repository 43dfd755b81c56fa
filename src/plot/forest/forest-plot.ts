/**
 * A forest plot (Lewis & Clarke 2001, BMJ 322:1479) as an SVG string, in RevMan 5's
 * layout by default or metafor's compact one: text columns, then marks (CI rules,
 * weight-sized squares, diamonds, a prediction bar) over one x scale, log for ratios,
 * an axis with "Favours" labels under it. Pure: runs in a browser.
 */
import { bottomAxis } from '../marks/axis.js';
import { diamond } from '../marks/diamond.js';
import { interval } from '../marks/interval.js';
import { square, squareSide } from '../marks/square.js';
import { linearScale, logScale, type Scale } from '../scale/scale.js';
import { linearAxis, logAxis, tickLabel } from '../scale/ticks.js';
import { toPx } from '../size.js';
import { svgDocument } from '../svg/document.js';
import { group, line, rect, text } from '../svg/elements.js';
import { truncate, wrap } from '../text/fit.js';
import { textWidth } from '../text/measure.js';
import { GREY } from '../theme.js';
import { columnPlan } from './columns.js';
import { favoursDefaults, measureName } from './labels.js';
import { forestLayout } from './layout.js';
import { forestRows } from './rows.js';
import type { ForestOptions, ForestResult } from './types.js';

export type { ForestArms, ForestOptions, ForestResult } from './types.js';

export function forestPlot(result: ForestResult, options: ForestOptions = {}): string {
  const t = options.theme ?? GREY;
  const f = t.fontSize;
  const layout = options.layout ?? 'revman';
  const arms = layout === 'revman' ? options.arms : undefined;
  const allRows = forestRows(result, arms, options.subgroupOf, options.prediction === true);
  // metafor's layout has no room beside the table for notes: they go under the axis
  const rows = layout === 'metafor' ? allRows.filter((r) => r.kind !== 'note') : allRows;
  const footnotes = layout === 'metafor' ? allRows.filter((r) => r.kind === 'note').map((r) => r.label) : [];
  const plan = columnPlan(result, layout, arms, options.armNames ?? ['Experimental', 'Control']);
  const ratio = result.transf.name === 'exp';
  const values = rows.flatMap((r) => (r.kind === 'study' || r.kind === 'summary' || r.kind === 'prediction' ? [r.lo, r.hi] : []));
  const axis = ratio ? logAxis(values) : linearAxis(values);
  const [defLeft, defRight] = favoursDefaults();
  const favours = [options.favoursLeft ?? defLeft, options.favoursRight ?? defRight];
  const w = (s: string) => textWidth(s, f);
  const minGraph = Math.max(160, w(plan.graphHeader[0]) + 8, w(plan.graphHeader[1]) + 8, 2 * (Math.max(...favours.map(w)) + 8));
  const overhang = plan.right.length === 0 ? w(tickLabel(axis.ticks.at(-1)!)) / 2 : 0;
  const g = forestLayout({ rows, plan, fontSize: f, width: options.size && toPx(options.size), minGraph, tickOverhang: overhang });
  const scale: Scale = (ratio ? logScale : linearScale)(axis.domain, [g.graph.x0, g.graph.x1], axis.ticks);
  const nullX = scale.map(ratio ? 1 : 0);

  const header: string[] = [];
  const body: string[] = [];
  const marks: string[] = [];
  for (const { column, x, width } of g.columns) {
    const ax = column.align === 'end' ? x + width : x;
    if (column.header[0] !== '') header.push(text(column.key === 'effect' ? x : ax, g.headerY[0], column.header[0], { anchor: column.align }));
    header.push(text(ax, g.headerY[1], column.header[1], { anchor: column.align }));
  }
  for (const name of new Set(g.columns.map((c) => c.column.group).filter((n) => n !== undefined))) {
    const cols = g.columns.filter((c) => c.column.group === name);
    const mid = (cols[0].x + cols.at(-1)!.x + cols.at(-1)!.width) / 2;
    header.push(text(mid, g.headerY[0], name!, { anchor: 'middle' }));
  }
  const graphMid = (g.graph.x0 + g.graph.x1) / 2;
  plan.graphHeader.forEach((h, i) => h !== '' && header.push(text(graphMid, g.headerY[i], h, { anchor: 'middle' })));
  header.push(line(g.columns[0].x, g.ruleY, g.width - 10, g.ruleY, { stroke: t.rule, width: 0.75 }));

  const maxW = Math.max(0, ...rows.filter((r) => r.kind === 'study' && r.w > 0).map((r) => r.w));
  const base = (y: number) => y + f * 0.36;
  rows.forEach((r, i) => {
    const { y, lines } = g.rows[i];
    const b = r.kind === 'heading' || r.kind === 'summary';
    lines.forEach((l, j) => body.push(text(g.columns[0].x, base(y + j * g.lineHeight), l, { bold: b })));
    if (r.kind !== 'note' && r.kind !== 'blank' && r.kind !== 'heading') {
      for (const { column, x, width } of g.columns.slice(1)) {
        const s = column.cell(r);
        if (s !== '') body.push(text(column.align === 'end' ? x + width : x, base(y), truncate(s, width, { fontSize: f, weight: b ? 'bold' : 'normal' }), { anchor: column.align, bold: b }));
      }
    }
    if (r.kind === 'study') {
      marks.push(...interval(scale, r.lo, r.hi, y, { stroke: t.ci }));
      marks.push(...square(scale, r.est, y, squareSide(r.w, maxW, g.lineHeight - 4), t.square));
    } else if (r.kind === 'summary') {
      marks.push(...diamond(scale, r.est, r.lo, r.hi, y, g.lineHeight * 0.7, { fill: t.diamond, stroke: t.diamond }));
    } else if (r.kind === 'prediction') {
      const [d0, d1] = scale.domain;
      const x0 = scale.map(Math.max(d0, r.lo));
      const x1 = scale.map(Math.min(d1, r.hi));
      marks.push(rect(x0, y - 2.5, x1 - x0, 5, { fill: t.prediction }));
    }
  });

  const axisY = g.bottomY;
  const ax = bottomAxis(scale, axisY, { stroke: t.ink, fontSize: f });
  const nullLine = nullX >= g.graph.x0 && nullX <= g.graph.x1 ? [line(nullX, g.ruleY, nullX, axisY, { stroke: t.ink, width: 0.75 })] : [];
  const favY = ax.labelY + g.lineHeight;
  const leftRoom = nullX - 6 - 10;
  const rightRoom = g.width - 10 - nullX - 6;
  const fav = [
    text(nullX - 6, favY, truncate(favours[0], leftRoom, { fontSize: f }), { anchor: 'end' }),
    text(nullX + 6, favY, truncate(favours[1], rightRoom, { fontSize: f }), { anchor: 'start' }),
  ];
  const xlab = layout === 'metafor' ? [text(graphMid, favY + g.lineHeight, ratio ? `${measureName(result.measure)} (log scale)` : measureName(result.measure), { anchor: 'middle' })] : [];
  const notes: string[] = [];
  let lastY = layout === 'metafor' ? favY + g.lineHeight : favY;
  for (const n of footnotes) {
    for (const l of wrap(n, g.width - 20, { fontSize: f }, 3)) {
      lastY += g.lineHeight;
      notes.push(text(10, lastY, l));
    }
  }
  const height = lastY + 10 + f * 0.3;
  const title = options.title ?? `Forest plot: ${measureName(result.measure)}, ${result.k} studies`;
  return svgDocument({ width: g.width, height, unit: options.size?.unit, theme: t, title }, [
    group('header', header),
    group('rows', body),
    group('marks', [...nullLine, ...marks]),
    group('axis', [...ax.marks, ...fav, ...xlab]),
    group('notes', notes),
  ]);
}
