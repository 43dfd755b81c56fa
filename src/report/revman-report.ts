/**
 * The report of a RevMan 5 review (`metasift report FILE.rm5`): every comparison's outcomes
 * with the forest plot RevMan would draw, the result in RevMan's words, and, when the file
 * stores RevMan's own results, how closely metasift reproduces them.
 */
import { formatOutcome } from '../analysis/revman-format.js';
import { revmanForest } from '../analysis/revman-forest.js';
import type { RevManReviewJson } from '../analysis/revman-result.js';
import type { Rm5Review } from '../io/rm5/types.js';
import { forestPlot } from '../plot/forest/forest-plot.js';
import type { ReportModel, ReportSection } from './report-model.js';

export function revmanReport(review: Rm5Review, recomputed: RevManReviewJson): ReportModel {
  const sources = new Map(review.comparisons.flatMap((c) => c.outcomes.map((o) => [o.id, o] as const)));
  const sections: ReportSection[] = review.comparisons.map((c) => ({
    id: c.id,
    title: c.name,
    subsections: recomputed.outcomes
      .filter((o) => o.comparison === c.id)
      .map((o) => {
        const source = sources.get(o.id)!;
        const f = revmanForest(o, source);
        const svg = forestPlot(f.result, {
          arms: f.arms,
          subgroupOf: f.subgroupOf,
          armNames: [source.labels.GROUP_LABEL_1 ?? 'Experimental', source.labels.GROUP_LABEL_2 ?? 'Control'],
          favoursLeft: source.labels.GRAPH_LABEL_1,
          favoursRight: source.labels.GRAPH_LABEL_2,
        });
        const check = o.check
          ? [`Against the results RevMan stored in the file: ${o.check.compared} values compared, largest relative difference ${o.check.max_rel_diff.toExponential(1)}, largest P difference ${o.check.max_abs_p_diff.toExponential(1)}${o.check.mismatches.length > 0 ? `; differences: ${o.check.mismatches.join('; ')}` : ''}.`]
          : [];
        return {
          id: o.id,
          title: `${o.id} ${o.name}`,
          paragraphs: [formatOutcome(o).split('\n').slice(1).join(' ').trim(), ...check],
          figures: [{ name: `forest-${o.id}`, caption: `${o.id} ${o.name}`, svg }],
          notes: o.estimable ? [] : ['RevMan marks this outcome not estimable.'],
        };
      }),
  }));
  if (recomputed.skipped.length > 0) {
    sections.push({ id: 'skipped', title: 'Not analysed', paragraphs: recomputed.skipped.map((s) => `${s.id} ${s.name}: ${s.reason}`) });
  }
  return { title: review.title, subtitle: `RevMan 5 review ${review.file}, recomputed by metasift (${recomputed.convention} conventions).`, sections };
}
