/**
 * The PRISMA 2020 flow diagram (Page et al. 2021, BMJ 372:n71) for new reviews and,
 * with `template: "updated"`, for updated reviews (previous studies on the left, totals
 * at the bottom); with `otherMethods`, the second column for studies found by other
 * methods. Boxes in a row share their height; each box's height follows its text.
 */
import { arrow } from '../marks/arrow.js';
import { boxHeight, textBox, type BoxStyle, type Paragraph } from '../marks/box.js';
import type { PlotSize } from '../size.js';
import { svgDocument } from '../svg/document.js';
import { group, rect } from '../svg/elements.js';
import { px } from '../svg/format.js';
import { textWidth } from '../text/measure.js';
import { GREY, type Theme } from '../theme.js';
import { prismaBoxes } from './boxes.js';
import type { PrismaCounts } from './counts.js';

export type { PrismaCounts } from './counts.js';

export interface PrismaOptions {
  readonly theme?: Theme;
  /** Only the unit is used: the diagram is laid out at its natural width. */
  readonly size?: PlotSize;
  readonly title?: string;
}

type Col = 'prev' | 'main' | 'side' | 'omain' | 'oside';
const WIDTH: Record<Col, number> = { prev: 200, main: 220, side: 250, omain: 210, oside: 230 };
const PAD = 10;
const BAR = 26;
const GAP = 18;
const ROW_GAP = 24;

export function prismaPlot(counts: PrismaCounts, options: PrismaOptions = {}): string {
  const t = options.theme ?? GREY;
  const f = t.fontSize;
  const style: BoxStyle = { fontSize: f, lineHeight: Math.round(f * 1.4), fill: t.box, stroke: t.ink };
  const b = prismaBoxes(counts);
  const updated = counts.template === 'updated';
  const cols: Col[] = [...(updated ? ['prev' as const] : []), 'main', 'side', ...(b.other ? ['omain' as const, 'oside' as const] : [])];
  const x = {} as Record<Col, number>;
  let cx = PAD + BAR + GAP;
  for (const c of cols) {
    x[c] = cx;
    cx += WIDTH[c] + GAP;
  }
  const width = cx - GAP + PAD;

  const rows: Partial<Record<Col, readonly Paragraph[]>>[] = [
    { prev: b.previous, main: b.identified, side: b.removed, omain: b.other?.identified },
    { main: b.screened, side: b.screenExcluded },
    { main: b.sought, side: b.notRetrieved, omain: b.other?.sought, oside: b.other?.notRetrieved },
    { main: b.assessed, side: b.assessedExcluded, omain: b.other?.assessed, oside: b.other?.assessedExcluded },
    { main: b.included },
    ...(b.total ? [{ main: b.total }] : []),
  ];
  const phases: [string, number, number][] = [['Identification', 0, 0], ['Screening', 1, 3], ['Included', 4, rows.length - 1]];
  const minH = Math.max(...phases.map(([p]) => textWidth(p, f, 'bold'))) + 16;

  const bannerH = 2 * style.lineHeight + 8;
  let y = PAD + bannerH + ROW_GAP / 2;
  const rowTop: number[] = [];
  const rowH: number[] = [];
  rows.forEach((r) => {
    const h = Math.max(...Object.entries(r).filter(([, p]) => p !== undefined).map(([c, p]) => boxHeight(p!, WIDTH[c as Col], style)));
    rowTop.push(y);
    rowH.push(h);
    y += h + ROW_GAP;
  });
  // a phase must be tall enough for its rotated name: grow its last row
  for (const [, r0, r1] of phases) {
    const deficit = minH - (rowTop[r1] + rowH[r1] - rowTop[r0]);
    if (deficit <= 0) continue;
    rowH[r1] += deficit;
    for (let i = r1 + 1; i < rows.length; i++) rowTop[i] += deficit;
    y += deficit;
  }
  const height = y - ROW_GAP + PAD;

  const band = t.shades[1];
  const banners: string[] = [];
  const banner = (x0: number, w: number, label: string) => {
    banners.push(rect(x0, PAD, w, bannerH, { fill: band, stroke: t.ink, width: 0.75 }));
    banners.push(...textBox(x0, PAD, w, bannerH, [{ text: label, bold: true }], { ...style, fill: band, align: 'middle' }).slice(1));
  };
  const newWord = updated ? 'new ' : '';
  if (updated) banner(x.prev, WIDTH.prev, 'Previous studies');
  banner(x.main, WIDTH.main + GAP + WIDTH.side, `Identification of ${newWord}studies via databases and registers`);
  if (b.other) banner(x.omain, WIDTH.omain + GAP + WIDTH.oside, `Identification of ${newWord}studies via other methods`);

  const bars = phases.flatMap(([label, r0, r1]) => {
    const top = rowTop[r0];
    const h = rowTop[r1] + rowH[r1] - top;
    const cxb = PAD + BAR / 2;
    const cyb = top + h / 2;
    return [
      rect(PAD, top, BAR, h, { fill: band, stroke: t.ink, width: 0.75 }),
      `<text x="0" y="0" transform="translate(${px(cxb + f * 0.36)} ${px(cyb)}) rotate(-90)" text-anchor="middle" font-weight="bold">${label}</text>`,
    ];
  });

  const boxes = rows.flatMap((r, i) =>
    (Object.entries(r) as [Col, readonly Paragraph[] | undefined][]).flatMap(([c, p]) => (p === undefined ? [] : textBox(x[c], rowTop[i], WIDTH[c], rowH[i], p, style))),
  );

  const mid = (i: number) => rowTop[i] + rowH[i] / 2;
  const bottom = (i: number) => rowTop[i] + rowH[i];
  const centre = (c: Col) => x[c] + WIDTH[c] / 2;
  const right = (c: Col) => x[c] + WIDTH[c];
  const arrows: string[] = [];
  const down = (c: Col, from: number, to: number) => arrows.push(...arrow([[centre(c), bottom(from)], [centre(c), rowTop[to]]], t.ink));
  const across = (from: Col, to: Col, i: number) => arrows.push(...arrow([[right(from), mid(i)], [x[to], mid(i)]], t.ink));
  for (let i = 0; i < 4; i++) {
    down('main', i, i + 1);
    across('main', 'side', i);
  }
  if (b.other) {
    down('omain', 0, 2);
    down('omain', 2, 3);
    across('omain', 'oside', 2);
    across('omain', 'oside', 3);
    arrows.push(...arrow([[centre('omain'), bottom(3)], [centre('omain'), mid(4)], [right('main'), mid(4)]], t.ink));
  }
  if (b.total) {
    down('main', 4, 5);
    arrows.push(...arrow([[centre('prev'), bottom(0)], [centre('prev'), mid(5)], [x.main, mid(5)]], t.ink));
  }
  const title = options.title ?? `PRISMA 2020 flow diagram (${updated ? 'updated' : 'new'} review)`;
  return svgDocument({ width, height, unit: options.size?.unit, theme: t, title }, [
    group('banners', banners),
    group('phases', bars),
    group('arrows', arrows),
    group('boxes', boxes),
  ]);
}
