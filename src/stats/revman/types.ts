/**
 * Inputs and results of RevMan 5's calculations, in RevMan's own vocabulary
 * (Deeks & Higgins, Statistical algorithms in Review Manager 5, 2010).
 * Ratio measures are carried on the natural-log scale; back-transformation
 * happens only where RevMan stores or prints a value.
 */

/** One row of a dichotomous outcome: events and totals in the experimental (1) and control (2) arm. */
export interface DichRow {
  readonly events1: number;
  readonly total1: number;
  readonly events2: number;
  readonly total2: number;
}

/** One row of a continuous outcome. */
export interface ContRow {
  readonly mean1: number;
  readonly sd1: number;
  readonly total1: number;
  readonly mean2: number;
  readonly sd2: number;
  readonly total2: number;
}

/** Generic inverse variance: an estimate (log scale for ratios) and its standard error. */
export interface GivRow {
  readonly estimate: number;
  readonly se: number;
}

/** Individual-patient or summary time-to-event data: observed minus expected and its variance. */
export interface OeRow {
  readonly oe: number;
  readonly variance: number;
}

export type DichMeasure = 'OR' | 'RR' | 'RD' | 'PETO_OR';
export type ContMeasure = 'MD' | 'SMD';
export type PoolingMethod = 'MH' | 'IV' | 'PETO';

/** The data of one outcome (or subgroup), tagged by RevMan's outcome type. */
export type RevManData =
  | { readonly kind: 'DICH'; readonly measure: DichMeasure; readonly rows: readonly DichRow[] }
  | { readonly kind: 'CONT'; readonly measure: ContMeasure; readonly rows: readonly ContRow[] }
  | { readonly kind: 'IV'; readonly ratio: boolean; readonly rows: readonly GivRow[] }
  | { readonly kind: 'OE'; readonly rows: readonly OeRow[] };

/** A study row's own effect on the analysis scale; `estimable: false` rows have NaN effect and SE. */
export interface StudyEffect {
  readonly yi: number;
  readonly se: number;
  readonly estimable: boolean;
}

export interface RevManOptions {
  readonly method: PoolingMethod;
  readonly random: boolean;
  /** Confidence level of the pooled interval in percent (RevMan's CI_TOTAL). */
  readonly ciTotal?: number;
  /** Confidence level of the study intervals in percent (RevMan's CI_STUDY). */
  readonly ciStudy?: number;
}

/** One study row as RevMan shows it in a forest plot (analysis scale). */
export interface StudyResult extends StudyEffect {
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Percent of the total weight of the analysis it belongs to; 0 when not estimable. */
  readonly weight: number;
}

/** The pooled result of one outcome or subgroup (analysis scale; `Z` is |estimate| / SE as RevMan stores it). */
export interface PooledRevMan {
  readonly estimable: boolean;
  readonly estimate: number;
  readonly se: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly Z: number;
  readonly pZ: number;
  readonly chi2: number;
  readonly df: number;
  readonly pChi2: number;
  /** Percent. */
  readonly I2: number;
  readonly tau2: number;
  /** Sum of the un-normalised weights, used to share weights across subgroups. */
  readonly totalWeight: number;
  readonly studies: readonly StudyResult[];
}
