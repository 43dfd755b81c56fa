/**
 * The RoB 2 summary plot as robvis draws it (rob_summary; McGuinness & Higgins 2021,
 * Res Synth Methods 12:55, figure 2): one 100% stacked horizontal bar per domain and
 * one for the overall judgement, low risk on the left through some concerns and high
 * risk to no information, optionally weighted by the studies' weights; an axis in
 * percent and the key under it.
 */
import { group, line, rect, text } from '../svg/elements.js';
import { truncate } from '../text/fit.js';
import { textWidth } from '../text/measure.js';
import type { Theme } from '../theme.js';
import { DOMAINS, JUDGEMENTS, LONG_NAME, OVERALL, type RobStudy } from './judgements.js';
import type { Panel } from './panel.js';
import { robShares } from './proportions.js';

const PAD = 10;
const ROW = 26;
const BAR = 18;
const DEFAULT_BARS = 320;
const MIN_BARS = 160;

export function summaryPanel(studies: readonly RobStudy[], t: Theme, top: number, options: { weighted?: boolean; width?: number } = {}): Panel {
  const f = t.fontSize;
  const shares = robShares(studies, options.weighted === true);
  const names = [...DOMAINS.slice(0, shares.length - 1), OVERALL];
  const natural = Math.ceil(Math.max(...names.map((n, i) => textWidth(n, f, i === names.length - 1 ? 'bold' : 'normal'))));
  const half = textWidth('100%', f) / 2;
  let labelW = natural;
  let barsW = DEFAULT_BARS;
  if (options.width !== undefined) {
    const rest = options.width - 2 * PAD - 10 - half;
    labelW = Math.min(natural, Math.max(80, rest - MIN_BARS));
    barsW = Math.max(MIN_BARS, rest - labelW);
  }
  const x0 = PAD + labelW + 10;
  const x1 = x0 + barsW;
  const y0 = top + PAD;
  const labels: string[] = [];
  const bars: string[] = [];
  shares.forEach((s, i) => {
    const cy = y0 + (i + 0.5) * ROW;
    const overall = i === shares.length - 1;
    labels.push(text(x0 - 10, cy + f * 0.36, truncate(names[i], labelW, { fontSize: f, weight: overall ? 'bold' : 'normal' }), { anchor: 'end', bold: overall }));
    let x = x0;
    for (const j of JUDGEMENTS) {
      if (!(s[j] > 0)) continue;
      const w = s[j] * barsW;
      bars.push(rect(x, cy - BAR / 2, w, BAR, { fill: t.rob[j], stroke: t.ink, width: 0.75 }));
      x += w;
    }
  });
  const axisY = y0 + shares.length * ROW + 4;
  const axis = [line(x0, axisY, x1, axisY, { stroke: t.ink, width: 0.75 })];
  for (const p of [0, 25, 50, 75, 100]) {
    const x = x0 + (p / 100) * barsW;
    axis.push(line(x, axisY, x, axisY + 4, { stroke: t.ink, width: 0.75 }), text(x, axisY + 5 + f, `${p}%`, { anchor: 'middle' }));
  }
  const key = keyRow(studies, t, axisY + 5 + f + 14, x0 + barsW / 2, Math.max(x1 + half + PAD, options.width ?? 0));
  return {
    width: Math.ceil(Math.max(x1 + half + PAD, key.width, options.width ?? 0)),
    height: key.bottom + PAD - top,
    marks: [group('rob-summary-labels', labels), group('rob-summary-bars', bars), group('rob-summary-axis', axis), group('rob-summary-key', key.marks)],
  };
}

/** The judgements that occur, each a square and its name, in rows centred on `centre` that wrap within `width`. */
function keyRow(studies: readonly RobStudy[], t: Theme, top: number, centre: number, width: number) {
  const f = t.fontSize;
  const present = new Set(studies.flatMap((s) => [...s.domains, s.overall]));
  const items = JUDGEMENTS.filter((j) => present.has(j)).map((j) => ({ j, w: 12 + 6 + textWidth(LONG_NAME[j], f) }));
  const GAP = 18;
  const rows: (typeof items)[] = [[]];
  for (const it of items) {
    const row = rows.at(-1)!;
    const used = row.reduce((s, r) => s + r.w + GAP, 0);
    if (row.length > 0 && used + it.w > width - 2 * PAD - 8) rows.push([it]);
    else row.push(it);
  }
  const lh = Math.round(f * 1.6);
  const marks: string[] = [];
  const widest = Math.max(...rows.map((row) => row.reduce((s, it) => s + it.w, 0) + GAP * (row.length - 1)));
  const boxW = widest + 16;
  const boxX = Math.min(Math.max(PAD, centre - boxW / 2), width - PAD - boxW);
  rows.forEach((row, r) => {
    let x = boxX + 8;
    const cy = top + 4 + (r + 0.5) * lh;
    for (const it of row) {
      marks.push(rect(x, cy - 6, 12, 12, { fill: t.rob[it.j], stroke: t.ink, width: 0.75 }), text(x + 18, cy + f * 0.36, LONG_NAME[it.j]));
      x += it.w + GAP;
    }
  });
  const bottom = top + 8 + rows.length * lh;
  marks.unshift(rect(boxX, top, boxW, bottom - top, { fill: t.background, stroke: t.ink, width: 0.75 }));
  return { marks, bottom, width: boxW + 2 * PAD };
}
