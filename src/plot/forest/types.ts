/**
 * What a forest plot draws: the JSON result of `metasift analyze` (or the same fields
 * from any pooled model), plus what the result does not carry: each study's per-arm data
 * and subgroup, read from the table by the caller.
 */
import type { AnalysisJson } from '../../analysis/result-json.js';
import type { SubgroupsJson } from '../../analysis/sections/subgroups.js';
import type { PlotSize } from '../size.js';
import type { Theme } from '../theme.js';

export type ForestResult = AnalysisJson & { readonly subgroups?: SubgroupsJson };

/** Per-arm data, one entry per study row of the result (experimental arm first). */
export type ForestArms =
  | {
      readonly kind: 'binary';
      readonly events1: readonly number[];
      readonly total1: readonly number[];
      readonly events2: readonly number[];
      readonly total2: readonly number[];
    }
  | {
      readonly kind: 'continuous';
      readonly mean1: readonly number[];
      readonly sd1: readonly number[];
      readonly total1: readonly number[];
      readonly mean2: readonly number[];
      readonly sd2: readonly number[];
      readonly total2: readonly number[];
    };

export interface ForestOptions {
  /** RevMan 5's table with per-arm columns (default) or metafor's compact layout. */
  readonly layout?: 'revman' | 'metafor';
  readonly theme?: Theme;
  /** Overall width; by default the plot takes the width its columns need. */
  readonly size?: PlotSize;
  readonly arms?: ForestArms;
  /** Subgroup of each study row; needed to draw `result.subgroups`. */
  readonly subgroupOf?: readonly string[];
  /** Arm names over the data columns (default Experimental, Control). */
  readonly armNames?: readonly [string, string];
  readonly favoursLeft?: string;
  readonly favoursRight?: string;
  /** Draw the prediction interval under the total (random-effects models). */
  readonly prediction?: boolean;
  readonly title?: string;
}
