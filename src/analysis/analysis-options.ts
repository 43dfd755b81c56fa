/** What a person asks for when pooling a table of studies (the CLI's analysis flags). */
import type { TestType, UniMethod } from '../stats/models/types.js';

export type PoolingMethod = UniMethod | 'MH' | 'PETO';

export interface AnalysisOptions {
  /** metafor's measure code; GEN for precomputed yi with vi or sei. Inferred as GEN when the table has yi. */
  readonly measure?: string;
  readonly method?: PoolingMethod;
  readonly test?: TestType;
  /** Confidence level in percent. */
  readonly level?: number;
  readonly add?: number;
  readonly to?: 'only0' | 'all' | 'if0all' | 'none';
  readonly drop00?: boolean;
  /** Name of the column holding study labels (default: study, or the first text column). */
  readonly studyColumn?: string;
}

/** The extra analyses that can accompany a pooled result (issue 3's flags). */
export interface AnalysisExtras {
  /** Column whose values define subgroups. */
  readonly subgroup?: string;
  /** RevMan's separate τ² per subgroup (default) or one common τ² (mixed-effects model). */
  readonly subgroupTau2?: 'separate' | 'common';
  /** Moderator columns for a meta-regression; a column with any non-numeric value is a factor. */
  readonly mods?: readonly string[];
  readonly leave1out?: boolean;
  /** Column giving the order of a cumulative meta-analysis (ascending). */
  readonly cumulative?: string;
  readonly influence?: boolean;
  readonly bias?: boolean;
  /** Moderator values to predict the average effect at, e.g. [{ablat: "10"}, {ablat: "50", alloc: "random"}]. */
  readonly predict?: readonly Readonly<Record<string, string>>[];
  /** Permutation test with this many permutations (exact when that covers them all). */
  readonly permutations?: number;
  readonly seed?: number;
}
