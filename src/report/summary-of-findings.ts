/**
 * A summary-of-findings table (after the GRADE Working Group's layout, Guyatt et al.
 * 2011, J Clin Epidemiol 64:383): one row per outcome with the number of studies and
 * participants, the relative effect with its CI, the model, heterogeneity, and the
 * certainty of the evidence where it has been assessed.
 */
import type { AnalysisReport } from '../analysis/analyze-table.js';
import { measureName, methodLabel } from '../plot/forest/labels.js';
import { fixed } from '../plot/svg/format.js';
import { estimateWords } from './outcome-section.js';
import type { ReportTable } from './report-model.js';

export interface FindingRow {
  readonly outcome: string;
  readonly result: AnalysisReport | undefined;
  /** Participants in the pooled studies, when the data give group sizes. */
  readonly participants?: number;
  /** GRADE certainty, or undefined when not assessed. */
  readonly certainty?: string;
  /** Why there is no result (e.g. "arm-level data not available"). */
  readonly missing?: string;
  /** Studies with usable data when there is no pooled result (e.g. 1). */
  readonly studies?: number;
}

export function summaryOfFindings(rows: readonly FindingRow[]): ReportTable {
  return {
    caption: 'Summary of findings',
    header: ['Outcome', 'Studies', 'Participants', 'Effect (95% CI)', 'Model', 'I²', 'Certainty (GRADE)'],
    numeric: [1, 2],
    rows: rows.map((row) => {
      const r = row.result;
      if (r === undefined) return [row.outcome, String(row.studies ?? 0), '', row.missing ?? 'not pooled', '', '', ''];
      const t = r.transf;
      return [
        row.outcome,
        String(r.k),
        row.participants === undefined ? '' : String(row.participants),
        `${measureName(r.measure)} ${estimateWords(t.est, t.ci_lb, t.ci_ub, r.level)}`,
        methodLabel(r.method, r.level).replace(/, \d+% CI$/, ''),
        r.I2 === null ? '' : `${fixed(r.I2, 0)}%`,
        row.certainty ?? 'not assessed',
      ];
    }),
  };
}
