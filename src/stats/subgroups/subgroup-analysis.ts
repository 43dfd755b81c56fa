/**
 * Subgroup analysis with either a separate τ² in each subgroup (RevMan 5's way: one
 * random-effects model per subgroup, compared by the inverse-variance Q test across
 * their summaries) or a common τ² (a mixed-effects model with the subgroup as a
 * factor, as metafor's rma(yi, vi, mods = ~ factor(group)); subgroup estimates are
 * that model's cell means). Both report metafor's QM test of the factor as well.
 */
import { metaRegression, type MetaRegression } from '../regression/meta-regression.js';
import { factorLevels } from '../regression/design-matrix.js';
import { fitPrepared, prepareModelData, type RmaUniOptions } from '../models/rma-uni.js';
import { rma, type RmaResult } from '../models/rma.js';
import { designMatrix } from '../regression/design-matrix.js';
import { subgroupDifference, type SubgroupDifference } from './subgroup-difference.js';

export type Tau2Sharing = 'separate' | 'common';

export interface SubgroupLevel {
  readonly level: string;
  readonly k: number;
  /** Indices of the input rows in this subgroup. */
  readonly rows: readonly number[];
  readonly b: number;
  readonly se: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  /** The subgroup's own pooled model (separate τ²); undefined with a common τ². */
  readonly result?: RmaResult;
}

export interface SubgroupAnalysis {
  readonly tau2Sharing: Tau2Sharing;
  readonly levels: readonly SubgroupLevel[];
  /** RevMan's test for subgroup differences across the subgroup summaries. */
  readonly test_subgroup_diff: SubgroupDifference;
  /** metafor's omnibus test of the subgroup factor in the mixed-effects model (common τ²). */
  readonly QM: number;
  readonly QM_df: number;
  readonly QMp: number;
  readonly mixedModel: MetaRegression;
}

export function subgroupAnalysis(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  groups: readonly string[],
  options: RmaUniOptions & { tau2Sharing?: Tau2Sharing } = {},
): SubgroupAnalysis {
  const sharing = options.tau2Sharing ?? 'separate';
  const moderator = { name: 'group', values: groups, factor: true };
  const levelNames = factorLevels(moderator);
  const mixedModel = metaRegression(yi, vi, [moderator], options);
  let levels: SubgroupLevel[];
  if (sharing === 'separate') {
    levels = levelNames.map((level) => {
      const rows = groups.map((g, i) => (g.trim() === level ? i : -1)).filter((i) => i >= 0);
      const result = rma(Float64Array.from(rows, (i) => yi[i]), Float64Array.from(rows, (i) => vi[i]), options);
      return { level, k: result.k, rows: result.rows.map((j) => rows[j]), b: result.b, se: result.se, ci_lb: result.ci_lb, ci_ub: result.ci_ub, result };
    });
  } else {
    // cell-means coding: one coefficient per subgroup, τ² shared
    const design = designMatrix([moderator], groups.length, false);
    const fit = fitPrepared(prepareModelData(yi, vi, design.columns, options.weights), options, design.names);
    levels = levelNames.map((level, j) => {
      const rows = fit.rows.filter((i) => groups[i].trim() === level);
      const c = fit.coefficients[j];
      return { level, k: rows.length, rows, b: c.estimate, se: c.se, ci_lb: c.ci_lb, ci_ub: c.ci_ub };
    });
  }
  return {
    tau2Sharing: sharing,
    levels,
    test_subgroup_diff: subgroupDifference(levels.map((l) => l.b), levels.map((l) => l.se)),
    QM: mixedModel.QM,
    QM_df: mixedModel.QM_df,
    QMp: mixedModel.QMp,
    mixedModel,
  };
}
