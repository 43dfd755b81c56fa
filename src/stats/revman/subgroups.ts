/**
 * RevMan 5 subgroup analysis (Deeks & Higgins, Statistical algorithms in Review
 * Manager 5, 2010, "Subgroup analyses"; Borenstein & Higgins 2013; Cochrane
 * Handbook 5.1 §9.6.3.1): each subgroup is pooled on its own, with its own τ²
 * under random effects; the overall result pools every row together; the test
 * for subgroup differences is an inverse-variance Q across the subgroup
 * estimates and their SEs (for fixed-effect IV it equals Q_total − ΣQ_subgroup).
 */
import { subgroupDifference, type SubgroupDifference } from '../subgroups/subgroup-difference.js';
import { revmanPool } from './pool.js';
import type { PooledRevMan, RevManData, RevManOptions } from './types.js';

export interface RevManSubgroups<P extends PooledRevMan = PooledRevMan> {
  readonly subgroups: readonly P[];
  readonly overall: P;
  readonly test: SubgroupDifference;
}

/** All rows of several subgroups as one data set (the subgroups must share a kind and measure). */
export function concatData(groups: readonly RevManData[]): RevManData {
  const first = groups[0];
  const rows = groups.flatMap((g) => g.rows as readonly unknown[]);
  return { ...first, rows } as RevManData;
}

/** `pool` is revmanPool (RevMan 5) or revmanWebPool (RevMan Web's random-effects options). */
export function revmanSubgroups<P extends PooledRevMan = PooledRevMan>(
  groups: readonly RevManData[],
  options: RevManOptions,
  pool: (data: RevManData, options: RevManOptions) => P = revmanPool as (data: RevManData, options: RevManOptions) => P,
): RevManSubgroups<P> {
  const subgroups = groups.map((g) => pool(g, options));
  const overall = pool(concatData(groups), options);
  const est = subgroups.filter((s) => s.estimable);
  const test = subgroupDifference(
    est.map((s) => s.estimate),
    est.map((s) => s.se),
  );
  return { subgroups, overall, test };
}
