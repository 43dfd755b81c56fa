/**
 * The analyses of a RevMan 5 review (.rm5, the ANALYSES_AND_DATA element) as
 * plain data. Every element keeps all of its attributes verbatim, so RevMan's
 * settings and its stored results can be read back and the file rewritten.
 */

export type Attributes = Readonly<Record<string, string>>;

/** RevMan's outcome types: dichotomous, continuous, generic inverse variance, O − E and variance. */
export type Rm5OutcomeType = 'DICH' | 'CONT' | 'IV' | 'IPD';

export interface Rm5DataRow {
  readonly studyId: string;
  readonly attributes: Attributes;
  /** 1-based line of the element in the file, when known. */
  readonly line?: number;
}

export interface Rm5Subgroup {
  readonly id: string;
  readonly name: string;
  readonly attributes: Attributes;
  readonly rows: readonly Rm5DataRow[];
  readonly line?: number;
}

export interface Rm5Outcome {
  readonly type: Rm5OutcomeType;
  readonly id: string;
  readonly name: string;
  readonly attributes: Attributes;
  /** Child elements holding plain text other than NAME (GROUP_LABEL_1, GRAPH_LABEL_2, EFFECT_MEASURE, …), in file order. */
  readonly labels: Readonly<Record<string, string>>;
  /** Rows outside any subgroup (outcomes without subgroups keep all rows here). */
  readonly rows: readonly Rm5DataRow[];
  readonly subgroups: readonly Rm5Subgroup[];
  readonly line?: number;
}

export interface Rm5Comparison {
  readonly id: string;
  readonly name: string;
  readonly attributes: Attributes;
  readonly outcomes: readonly Rm5Outcome[];
}

/** An element of ANALYSES_AND_DATA that metasift does not analyse, reported rather than dropped. */
export interface Rm5Skipped {
  readonly element: string;
  readonly id: string;
  readonly name: string;
  readonly reason: string;
  readonly line?: number;
}

export interface Rm5Study {
  readonly id: string;
  readonly name: string;
  readonly year: string;
}

export interface Rm5Review {
  readonly file: string;
  readonly title: string;
  readonly attributes: Attributes;
  /** Attributes of ANALYSES_AND_DATA itself. */
  readonly analysesAttributes: Attributes;
  readonly studies: readonly Rm5Study[];
  readonly comparisons: readonly Rm5Comparison[];
  readonly skipped: readonly Rm5Skipped[];
}
