/**
 * Where everything in a forest plot goes. Columns take the width of their widest text
 * (measured with the bundled font's metrics); the graph takes the rest of a requested
 * width. When the width is too small, study labels wrap onto a second line and are then
 * cut with an ellipsis; the heterogeneity lines wrap within the table. Nothing is allowed
 * to overlap: every row is as tall as its lines.
 */
import { textWidth } from '../text/measure.js';
import { truncate, wrap } from '../text/fit.js';
import type { ColumnPlan, TextColumn } from './columns.js';
import type { ForestRow } from './rows.js';

export interface PlacedColumn {
  readonly column: TextColumn;
  readonly x: number;
  readonly width: number;
}

export interface ForestGeometry {
  readonly width: number;
  readonly lineHeight: number;
  readonly columns: readonly PlacedColumn[];
  readonly graph: { readonly x0: number; readonly x1: number };
  readonly headerY: readonly [number, number];
  readonly ruleY: number;
  /** Per row: the centre of its first line and its text lines (label wrapped). */
  readonly rows: readonly { readonly y: number; readonly lines: readonly string[] }[];
  readonly bottomY: number;
}

export interface LayoutInput {
  readonly rows: readonly ForestRow[];
  readonly plan: ColumnPlan;
  readonly fontSize: number;
  /** Requested overall width in px, if any. */
  readonly width?: number;
  /** The graph needs at least this much (headers, favours labels). */
  readonly minGraph: number;
  /** Room needed right of the graph for the last tick label. */
  readonly tickOverhang: number;
}

const PAD = 10;
const GAP = 12;
const MAX_STUDY = 260;
const DEFAULT_GRAPH = 240;

const bold = (r: ForestRow) => r.kind === 'heading' || r.kind === 'summary';

export function forestLayout(input: LayoutInput): ForestGeometry {
  const { rows, plan, fontSize: f } = input;
  const lh = Math.round(f * 1.45);
  const w = (s: string, b = false) => textWidth(s, f, b ? 'bold' : 'normal');
  const natural = (c: TextColumn) =>
    Math.max(w(c.header[0]), w(c.header[1]), ...rows.filter((r) => r.kind !== 'note').map((r) => w(c.cell(r), bold(r))));
  const [study, ...others] = [...plan.left, ...plan.right];
  const widths = new Map(others.map((c) => [c.key, Math.ceil(natural(c))]));
  // an arm's name must fit over its columns
  for (const g of new Set(others.map((c) => c.group).filter((g) => g !== undefined))) {
    const cols = others.filter((c) => c.group === g);
    const span = cols.reduce((s, c) => s + widths.get(c.key)!, 0) + GAP * (cols.length - 1);
    const need = Math.ceil(w(g!));
    if (span < need) widths.set(cols.at(-1)!.key, widths.get(cols.at(-1)!.key)! + need - span);
  }
  const fixed = [...widths.values()].reduce((s, x) => s + x, 0) + GAP * (others.length + 1);
  const studyNatural = Math.ceil(Math.max(w(study.header[1]), ...rows.filter((r) => r.kind !== 'note').map((r) => w(r.label, bold(r)))));
  const minGraph = Math.ceil(input.minGraph);
  let studyW: number;
  let graphW: number;
  const right = PAD + input.tickOverhang;
  if (input.width === undefined) {
    studyW = Math.min(studyNatural, MAX_STUDY);
    graphW = Math.max(minGraph, DEFAULT_GRAPH);
  } else {
    const rest = input.width - PAD - right - fixed;
    studyW = rest - studyNatural >= minGraph ? studyNatural : Math.max(80, rest - minGraph);
    graphW = Math.max(minGraph, rest - studyW);
  }
  const placed: PlacedColumn[] = [];
  let x = PAD;
  let graph = { x0: 0, x1: 0 };
  for (const c of plan.left) {
    const cw = c === study ? studyW : widths.get(c.key)!;
    placed.push({ column: c, x, width: cw });
    x += cw + GAP;
  }
  graph = { x0: x, x1: x + graphW };
  x += graphW + GAP;
  for (const c of plan.right) {
    placed.push({ column: c, x, width: widths.get(c.key)! });
    x += widths.get(c.key)! + GAP;
  }
  const needed = Math.ceil((plan.right.length > 0 ? x - GAP : graph.x1) + right);
  const width = input.width !== undefined && Math.abs(needed - input.width) < 1 ? input.width : needed;
  // notes run under the table columns (RevMan) or the study column (metafor)
  const noteWidth = plan.right.length === 0 ? graph.x0 - GAP - PAD : studyW;
  const headerY: [number, number] = [PAD + f, PAD + f + lh];
  const ruleY = headerY[1] + Math.round(f * 0.45);
  let y = ruleY + 4;
  const placedRows = rows.map((r) => {
    const lines =
      r.kind === 'note'
        ? wrap(r.label, noteWidth, { fontSize: f }, 3)
        : r.kind === 'study' || r.kind === 'heading'
          ? wrap(r.label, studyW, { fontSize: f, weight: bold(r) ? 'bold' : 'normal' }, 2)
          : [truncate(r.label, studyW, { fontSize: f, weight: bold(r) ? 'bold' : 'normal' })];
    const h = r.kind === 'blank' ? lh / 2 : lh * lines.length;
    const out = { y: y + lh / 2, lines };
    y += h;
    return out;
  });
  return { width, lineHeight: lh, columns: placed, graph, headerY, ruleY, rows: placedRows, bottomY: y + 4 };
}
