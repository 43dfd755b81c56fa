/**
 * The vocabulary of escalc (metafor 3.8, Viechtbauer 2010, J Stat Softw 36(3)):
 * measure codes, input names and options keep metafor's spelling, so that a
 * reader of metafor's documentation can use them unchanged.
 */

/** The outcome measures metasift computes; each code means what it means in metafor's escalc. */
export type Measure =
  | 'OR' | 'RR' | 'RD' | 'PETO'
  | 'MD' | 'SMD' | 'SMDH' | 'ROM'
  | 'PR' | 'PLN' | 'PLO' | 'PAS' | 'PFT'
  | 'MN' | 'MNLN'
  | 'IR' | 'IRLN' | 'IRR' | 'IRD'
  | 'COR' | 'ZCOR'
  | 'MC' | 'SMCR'
  | 'GEN';

export const MEASURES: readonly Measure[] = [
  'OR', 'RR', 'RD', 'PETO',
  'MD', 'SMD', 'SMDH', 'ROM',
  'PR', 'PLN', 'PLO', 'PAS', 'PFT',
  'MN', 'MNLN',
  'IR', 'IRLN', 'IRR', 'IRD',
  'COR', 'ZCOR',
  'MC', 'SMCR',
  'GEN',
];

/**
 * One column per metafor argument, one entry per study; NaN (or null from a
 * parsed file) marks a missing value. Which columns a measure reads is given by
 * `requiredFields`. As in metafor, `mi` is the number of non-events for the
 * proportions (PR … PFT) and the mean for MN and MNLN; `di` and `ti` double as
 * Cohen's d and a t statistic for SMD.
 */
export interface EscalcInput {
  ai?: ArrayLike<number>;
  bi?: ArrayLike<number>;
  ci?: ArrayLike<number>;
  di?: ArrayLike<number>;
  n1i?: ArrayLike<number>;
  n2i?: ArrayLike<number>;
  m1i?: ArrayLike<number>;
  sd1i?: ArrayLike<number>;
  m2i?: ArrayLike<number>;
  sd2i?: ArrayLike<number>;
  xi?: ArrayLike<number>;
  ni?: ArrayLike<number>;
  mi?: ArrayLike<number>;
  sdi?: ArrayLike<number>;
  ri?: ArrayLike<number>;
  x1i?: ArrayLike<number>;
  x2i?: ArrayLike<number>;
  t1i?: ArrayLike<number>;
  t2i?: ArrayLike<number>;
  ti?: ArrayLike<number>;
  yi?: ArrayLike<number>;
  vi?: ArrayLike<number>;
  sei?: ArrayLike<number>;
  ci_lb?: ArrayLike<number>;
  ci_ub?: ArrayLike<number>;
}

export type InputName = keyof EscalcInput;

/** Zero-cell rule (metafor's `to`). */
export type AddTo = 'only0' | 'all' | 'if0all' | 'none';

export interface EscalcOptions {
  /** Added to the cells of a table with a zero; metafor's default 1/2 (0 for PAS and PFT). */
  add?: number;
  /** Which tables get `add`: those with a zero cell (default), all, all if any has a zero, or none. */
  to?: AddTo;
  /** Treat tables with no events (or only events) in both groups as missing. */
  drop00?: boolean;
  /** Sampling-variance estimator, as metafor's `vtype`; default "LS". */
  vtype?: string;
  /** Confidence level (percent, or a fraction) of `ci_lb`/`ci_ub` for GEN; default 95. */
  level?: number;
  /** For GEN with a CI: 'log' when `yi` and its CI are ratios on their natural scale. */
  ciScale?: 'log' | 'identity';
}

/** Study-level outcomes: NaN where metafor gives NA. JSON-serialisable once NaN is mapped to null. */
export interface EffectSizes {
  readonly measure: Measure;
  readonly yi: number[];
  readonly vi: number[];
  readonly warnings: string[];
}
