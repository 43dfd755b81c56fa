/**
 * The RoB 2 traffic-light plot as robvis draws it (rob_traffic_light; McGuinness &
 * Higgins 2021, Res Synth Methods 12:55, figure 1): one row per study, one column per
 * domain (D1–D5) and Overall under a "Risk of bias domains" band, a circle with a symbol
 * in each cell, and under the grid the domain names and the judgement key. Long study
 * names wrap onto a second line and are then cut with an ellipsis.
 */
import { group, line, rect, text } from '../svg/elements.js';
import { px } from '../svg/format.js';
import { truncate, wrap } from '../text/fit.js';
import { textWidth } from '../text/measure.js';
import type { Theme } from '../theme.js';
import { DOMAINS, JUDGEMENTS, SHORT_NAME, type Judgement, type RobStudy } from './judgements.js';
import { judgementMark } from './mark.js';
import type { Panel } from './panel.js';

const PAD = 10;
const CELL = 30;
const STRIP = 22;
const MAX_LABEL = 260;
/** robvis lists the key from the worst judgement down. */
const KEY_ORDER: readonly Judgement[] = ['high', 'some', 'low', 'none'];

export function trafficLightPanel(studies: readonly RobStudy[], t: Theme, top: number, width?: number): Panel {
  const f = t.fontSize;
  const lh = Math.round(f * 1.45);
  const nDomains = studies[0]?.domains.length ?? DOMAINS.length;
  const columns = [...Array.from({ length: nDomains }, (_, i) => `D${i + 1}`), 'Overall'];
  // Overall (bold) is wider than a D column
  const lastW = Math.max(CELL, Math.ceil(textWidth('Overall', f, 'bold')) + 8);
  const colW = (i: number) => (i < nDomains ? CELL : lastW);
  const colX = (i: number) => gridX + i * CELL;
  const gridW = CELL * nDomains + lastW;
  const natural = Math.ceil(Math.max(textWidth('Study', f), ...studies.map((s) => textWidth(s.study, f))));
  const labelLeft = PAD + STRIP + 8;
  const labelW = width === undefined ? Math.min(natural, MAX_LABEL) : Math.max(60, Math.min(natural, width - labelLeft - 8 - gridW - PAD));
  const gridX = labelLeft + labelW + 8;

  const bandY = top + PAD;
  const headY = bandY + lh + 4;
  const gridY = headY + lh;
  const marks: string[] = [
    rect(gridX, bandY, gridW, lh + 2, { fill: t.shades[1], stroke: t.ink, width: 0.75 }),
    text(gridX + gridW / 2, bandY + (lh + 2) / 2 + f * 0.36, 'Risk of bias domains', { anchor: 'middle', bold: true }),
    ...columns.map((c, i) => text(colX(i) + colW(i) / 2, headY + lh / 2 + f * 0.36, c, { anchor: 'middle', bold: c === 'Overall' })),
  ];
  let y = gridY;
  const cells: string[] = [];
  const labels: string[] = [];
  for (const s of studies) {
    const lines = wrap(s.study, labelW, { fontSize: f }, 2);
    const h = Math.max(CELL, lines.length * lh + 6);
    const top0 = y + (h - lines.length * lh) / 2;
    lines.forEach((l, i) => labels.push(text(gridX - 8, top0 + (i + 0.5) * lh + f * 0.36, l, { anchor: 'end' })));
    [...s.domains, s.overall].forEach((j, i) => {
      cells.push(rect(colX(i), y, colW(i), h, { fill: t.background, stroke: '#bfbfbf', width: 0.5 }));
      cells.push(...judgementMark(colX(i) + colW(i) / 2, y + h / 2, CELL * 0.36, j, t));
    });
    y += h;
  }
  // Overall is set apart by a heavier rule, as its own facet in robvis
  const sep = gridX + nDomains * CELL;
  cells.push(line(sep, gridY, sep, y, { stroke: t.ink, width: 1.25 }));
  const strip = [
    rect(PAD, gridY, STRIP, y - gridY, { fill: t.shades[1], stroke: t.ink, width: 0.75 }),
    `<text x="0" y="0" transform="translate(${px(PAD + STRIP / 2 + f * 0.36)} ${px((gridY + y) / 2)}) rotate(-90)" text-anchor="middle" font-weight="bold">Study</text>`,
  ];

  const legend = legendPanel(studies, t, y + 12, gridX + gridW + PAD, width);
  const w = Math.max(gridX + gridW + PAD, legend.width, width ?? 0);
  return {
    width: w,
    height: legend.height - top,
    marks: [group('rob-band', marks), group('rob-strip', strip), group('rob-labels', labels), group('rob-cells', cells), ...legend.marks],
  };
}

/** "Domains:" with D1–D5 spelled out, and the key of the judgements that occur; side by side when they fit. */
function legendPanel(studies: readonly RobStudy[], t: Theme, top: number, minWidth: number, width?: number): { width: number; height: number; marks: string[] } {
  const f = t.fontSize;
  const lh = Math.round(f * 1.4);
  const avail = width ?? Number.POSITIVE_INFINITY;
  const names = DOMAINS.slice(0, studies[0]?.domains.length ?? DOMAINS.length).map((d, i) => `D${i + 1}: ${d}.`);
  const domW = Math.min(Math.max(textWidth('Domains:', f, 'bold'), ...names.map((n) => textWidth(n, f))), avail - 2 * PAD);
  const present = new Set(studies.flatMap((s) => [...s.domains, s.overall]));
  const keys = KEY_ORDER.filter((j) => present.has(j) && JUDGEMENTS.includes(j));
  const r = 7;
  const keyW = Math.max(textWidth('Judgement', f, 'bold'), ...keys.map((j) => 2 * r + 6 + textWidth(SHORT_NAME[j], f)));
  const side = PAD + domW + 24 + keyW + PAD <= Math.max(avail, minWidth) || width === undefined;
  const dom: string[] = [text(PAD, top + lh * 0.5 + f * 0.36, 'Domains:', { bold: true })];
  names.forEach((n, i) => dom.push(text(PAD, top + lh * (i + 1.5) + f * 0.36, truncate(n, domW, { fontSize: f }))));
  const keyX = side ? PAD + domW + 24 : PAD;
  const keyTop = side ? top : top + lh * (names.length + 1) + 8;
  const key: string[] = [text(keyX, keyTop + lh * 0.5 + f * 0.36, 'Judgement', { bold: true })];
  keys.forEach((j, i) => {
    const cy = keyTop + lh * (i + 1.5);
    key.push(...judgementMark(keyX + r, cy, r, j, t), text(keyX + 2 * r + 6, cy + f * 0.36, SHORT_NAME[j]));
  });
  const bottom = Math.max(top + lh * (names.length + 1), keyTop + lh * (keys.length + 1)) + PAD;
  return { width: Math.ceil(keyX + keyW + PAD), height: bottom, marks: [group('rob-domains', dom), group('rob-key', key)] };
}
