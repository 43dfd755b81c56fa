/** What each Mantel–Haenszel estimator (odds ratio, risk ratio, risk difference) returns. */
export interface MhEstimate {
  /** Pooled estimate on the analysis scale (log OR, log RR or RD); NaN when undefined. */
  readonly b: number;
  readonly se: number;
  /** Unnormalised Mantel–Haenszel weight of each table, as metafor's weights.rma.mh. */
  readonly weights: Float64Array;
  /** Why the estimate is undefined, when it is. */
  readonly warning?: string;
}
