/**
 * The rows of a RevMan 5 forest plot, top to bottom, as data: per subgroup a heading, its
 * studies, the subtotal with its diamond, total events, the heterogeneity line and the
 * test for overall effect; then the total and, with subgroups, the test for subgroup
 * differences (RevMan 5 User Guide §6.6.2). Study weights are percentages of the overall
 * analysis, as RevMan shows them; subtotals sum them.
 */
import { normalQuant } from '../../stats/distributions/index.js';
import { dataText, effectText, heterogeneityText, intervalText, overallText, subgroupDiffText, weightText } from './format.js';
import { isRandom } from './labels.js';
import type { ForestArms, ForestResult } from './types.js';
import type { AnalysisJson } from '../../analysis/result-json.js';

export type RowKind = 'heading' | 'study' | 'summary' | 'events' | 'note' | 'prediction' | 'blank';

export interface ForestRow {
  readonly kind: RowKind;
  readonly label: string;
  /** Per-arm data cells (empty when the plot has none). */
  readonly cells: readonly string[];
  readonly weight: string;
  readonly effect: string;
  /** Natural scale (back-transformed for ratios); NaN when not drawn. */
  readonly est: number;
  readonly lo: number;
  readonly hi: number;
  /** Percent weight for the square's size. */
  readonly w: number;
}

const row = (kind: RowKind, label: string, extra: Partial<ForestRow> = {}): ForestRow => ({
  kind, label, cells: [], weight: '', effect: '', est: NaN, lo: NaN, hi: NaN, w: NaN, ...extra,
});

type Level = Partial<AnalysisJson> & { readonly k: number; readonly b: number | null };

export function forestRows(result: ForestResult, arms: ForestArms | undefined, subgroupOf: readonly string[] | undefined, prediction: boolean): ForestRow[] {
  const exp = result.transf.name === 'exp' ? Math.exp : (x: number) => x;
  const z = normalQuant(1 - (1 - result.level / 100) / 2);
  const random = isRandom(result.method);
  const sum = (xs: readonly number[] | undefined, idx: readonly number[]) => (xs === undefined ? NaN : idx.reduce((s, i) => s + (Number.isFinite(xs[i]) ? xs[i] : 0), 0));
  const pct = `${Number(result.level.toFixed(2))}% CI`;

  const studyRow = (i: number): ForestRow => {
    const s = result.studies[i];
    const ok = s.yi !== null && s.vi !== null;
    const [est, lo, hi] = ok ? [s.yi!, s.yi! - z * Math.sqrt(s.vi!), s.yi! + z * Math.sqrt(s.vi!)].map(exp) : [NaN, NaN, NaN];
    return row('study', s.study, { cells: armCells(arms, i), weight: weightText(s.weight), effect: effectText(est, lo, hi), est, lo, hi, w: s.weight ?? NaN });
  };
  const totals = (idx: readonly number[]): string[] => {
    if (arms === undefined) return [];
    if (arms.kind === 'binary') return ['', dataText(sum(arms.total1, idx)), '', dataText(sum(arms.total2, idx))];
    return ['', '', dataText(sum(arms.total1, idx)), '', '', dataText(sum(arms.total2, idx))];
  };
  const summary = (label: string, l: Level, idx: readonly number[]): ForestRow[] => {
    const t = l.transf;
    const [est, lo, hi] = t ? [t.est, t.ci_lb, t.ci_ub].map((v) => v ?? NaN) : [NaN, NaN, NaN];
    const w = idx.reduce((s, i) => s + (result.studies[i].weight ?? 0), 0);
    const out = [row('summary', label, { cells: totals(idx), weight: weightText(w), effect: effectText(est, lo, hi), est, lo, hi })];
    if (arms?.kind === 'binary') out.push(row('events', 'Total events', { cells: [dataText(sum(arms.events1, idx)), '', dataText(sum(arms.events2, idx)), ''] }));
    out.push(row('note', heterogeneityText(l, random)), row('note', overallText(l)));
    return out;
  };

  const all = result.studies.map((_, i) => i);
  const rows: ForestRow[] = [];
  const sg = result.subgroups;
  if (sg !== undefined && subgroupOf !== undefined) {
    for (const level of sg.levels) {
      const idx = all.filter((i) => subgroupOf[i] === level.subgroup);
      rows.push(row('heading', level.subgroup), ...idx.map(studyRow), ...summary(`Subtotal (${pct})`, level, idx), row('blank', ''));
    }
  } else rows.push(...all.map(studyRow));
  const total = summary(`Total (${pct})`, result, all);
  if (prediction && result.transf.pi_lb !== null && result.transf.pi_ub !== null) {
    const [lo, hi] = [result.transf.pi_lb, result.transf.pi_ub];
    total.splice(1, 0, row('prediction', 'Prediction interval', { effect: intervalText(lo, hi), lo, hi, est: result.transf.est ?? NaN }));
  }
  rows.push(...total);
  if (sg !== undefined && subgroupOf !== undefined) rows.push(row('note', subgroupDiffText(sg.test_subgroup_diff)));
  return rows;
}

/** Decimals a column needs (at most 2), so 6.0 beside 5.9 keeps its zero. */
function decimals(xs: readonly number[]): number {
  return Math.max(0, ...xs.filter(Number.isFinite).map((x) => (Number(x.toFixed(2)).toString().split('.')[1] ?? '').length));
}

function armCells(arms: ForestArms | undefined, i: number): string[] {
  if (arms === undefined) return [];
  if (arms.kind === 'binary') return [arms.events1[i], arms.total1[i], arms.events2[i], arms.total2[i]].map((x) => dataText(x));
  const cols = [arms.mean1, arms.sd1, arms.total1, arms.mean2, arms.sd2, arms.total2];
  return cols.map((xs) => dataText(xs[i], decimals(xs)));
}
