/**
 * The share of each judgement in each domain, as robvis's summary plot stacks them
 * (rob_summary: ggplot2 geom_bar with position "fill" and `weight`): with weights, a
 * study counts in proportion to its weight, as Cochrane recommends for the studies of
 * one meta-analysis (Higgins et al., Cochrane Handbook 2022, §8.7); without, equally.
 */
import { JUDGEMENTS, type Judgement, type RobStudy } from './judgements.js';

export type Shares = Readonly<Record<Judgement, number>>;

/** Shares (summing to 1) for D1…D5 and then the overall judgement. */
export function robShares(studies: readonly RobStudy[], weighted = false): Shares[] {
  if (studies.length === 0) return [];
  const w = studies.map((s) => (weighted ? (s.weight ?? NaN) : 1));
  const columns = studies[0].domains.length;
  const pick = (j: number) => (s: RobStudy) => (j < columns ? s.domains[j] : s.overall);
  return Array.from({ length: columns + 1 }, (_, j) => {
    const sum: Record<Judgement, number> = { low: 0, some: 0, high: 0, none: 0 };
    studies.forEach((s, i) => (sum[pick(j)(s)] += w[i]));
    const total = JUDGEMENTS.reduce((a, k) => a + sum[k], 0);
    for (const k of JUDGEMENTS) sum[k] = total > 0 ? sum[k] / total : NaN;
    return sum;
  });
}
