/**
 * One outcome's section of a report: the pooled result in plain words, its forest plot,
 * heterogeneity and subgroup tests in RevMan's words (the same text the forest plot
 * prints), and, when they were run, leave-one-out and small-study-effect results.
 */
import type { AnalysisReport } from '../analysis/analyze-table.js';
import { heterogeneityText, overallText, pText, subgroupDiffText } from '../plot/forest/format.js';
import { isRandom, measureName, methodLabel } from '../plot/forest/labels.js';
import { fixed } from '../plot/svg/format.js';
import { backTransform } from '../stats/transforms.js';
import type { ReportFigure, ReportSection, ReportTable } from './report-model.js';

export interface OutcomeSectionInput {
  readonly id: string;
  readonly title: string;
  readonly result: AnalysisReport;
  readonly figures?: readonly ReportFigure[];
  readonly notes?: readonly string[];
  /** A first paragraph, e.g. which analysis was chosen and by whom. */
  readonly lead?: string;
}

/** "1.25 (95% CI 1.00 to 1.55)" on the reported scale. */
export function estimateWords(est: number | null, lo: number | null, hi: number | null, level: number): string {
  if (est === null || lo === null || hi === null) return 'not estimable';
  return `${fixed(est, 2)} (${fixed(level, 0)}% CI ${fixed(lo, 2)} to ${fixed(hi, 2)})`;
}

function pooledParagraph(r: AnalysisReport): string {
  const t = r.transf;
  const name = measureName(r.measure);
  const model = methodLabel(r.method, r.level).replace(/, \d+% CI$/, '');
  const pi =
    isRandom(r.method) && t.pi_lb !== null && t.pi_ub !== null
      ? ` The ${fixed(r.level, 0)}% prediction interval for the effect in a new study is ${fixed(t.pi_lb, 2)} to ${fixed(t.pi_ub, 2)}.`
      : '';
  return `Pooled ${name.toLowerCase()} ${estimateWords(t.est, t.ci_lb, t.ci_ub, r.level)}, ${pText(r.pval)}, from ${r.k} ${r.k === 1 ? 'study' : 'studies'} (${model}).${pi}`;
}

function leaveOneOutTable(r: AnalysisReport): ReportTable | undefined {
  if (!r.leave1out) return undefined;
  const f = backTransform(r.measure).fn;
  return {
    caption: 'Leave-one-out: the pooled result without each study',
    header: ['Study left out', 'Estimate', 'CI lower', 'CI upper', 'P', 'I² (%)'],
    numeric: [1, 2, 3, 4, 5],
    rows: r.leave1out.map((row) => {
      const n = (x: unknown) => (typeof x === 'number' ? fixed(f(x), 2) : 'NA');
      return [String(row.study), n(row.b), n(row.ci_lb), n(row.ci_ub), pText(row.pval as number | null).replace('P ', ''), typeof row.I2 === 'number' ? fixed(row.I2, 0) : 'NA'];
    }),
  };
}

function biasParagraphs(r: AnalysisReport): string[] {
  if (!r.bias) return [];
  const b = r.bias;
  const eg = b.egger as Record<string, number | null | string>;
  const stat = typeof eg.tval === 'number' ? `t = ${fixed(eg.tval, 2)}` : `z = ${fixed(eg.zval as number, 2)}`;
  const caution =
    r.k < 10
      ? ` With fewer than 10 studies these tests have little power and should not be over-interpreted (Cochrane Handbook 13.3.5.4).`
      : '';
  const f = backTransform(r.measure).fn;
  const tf = b.trimfill;
  return [
    `Small-study effects: Egger's regression test ${stat}, ${pText(eg.pval as number | null)}; Begg's rank correlation tau = ${fixed(b.begg.tau ?? NaN, 2)}, ${pText(b.begg.pval)}. ` +
      `Trim-and-fill adds ${tf.k0} ${tf.k0 === 1 ? 'study' : 'studies'} on the ${tf.side} side, giving ${estimateWords(tf.b === null ? null : f(tf.b), tf.ci_lb === null ? null : f(tf.ci_lb), tf.ci_ub === null ? null : f(tf.ci_ub), r.level)}.${caution}`,
  ];
}

export function outcomeSection(input: OutcomeSectionInput): ReportSection {
  const r = input.result;
  const random = isRandom(r.method);
  const paragraphs = [...(input.lead === undefined ? [] : [input.lead]), pooledParagraph(r), heterogeneityText(r, random), overallText(r)];
  if (r.subgroups) paragraphs.push(subgroupDiffText(r.subgroups.test_subgroup_diff));
  paragraphs.push(...biasParagraphs(r));
  const loo = leaveOneOutTable(r);
  const warnings = r.warnings.length > 0 ? r.warnings : [];
  return {
    id: input.id,
    title: input.title,
    paragraphs,
    figures: input.figures,
    tables: loo ? [loo] : [],
    notes: [...(input.notes ?? []), ...warnings],
  };
}
