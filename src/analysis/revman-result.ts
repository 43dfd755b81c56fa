/**
 * The JSON shapes of `metasift revman`: one object per outcome whose `result`,
 * `studies` and `subgroups` use RevMan 5's own attribute names and scales
 * (EFFECT_SIZE, CI_START, CI_END back-transformed for ratio measures; SE on the
 * analysis scale; I² and WEIGHT in percent), so they can be set beside the
 * values RevMan stored in the .rm5 file. NaN (not defined) serialises as null.
 */
import type { PooledRevMan, StudyResult } from '../stats/revman/types.js';

export type RevManConvention = 'revman5' | 'revman-web';

export type Values = Record<string, number>;

export interface RevManStudyJson {
  readonly study_id: string;
  readonly study: string;
  readonly subgroup: string | null;
  readonly estimable: boolean;
  readonly EFFECT_SIZE: number;
  readonly SE: number;
  readonly CI_START: number;
  readonly CI_END: number;
  readonly WEIGHT: number;
}

export interface RevManSubgroupJson {
  readonly id: string;
  readonly name: string;
  readonly estimable: boolean;
  readonly result: Values;
}

export interface RevManSubgroupTestJson {
  readonly Q: number;
  readonly DF: number;
  readonly P: number;
  readonly I2: number;
}

export interface RevManCheck {
  /** RevMan's stored values under the same names as `result` (outcome level). */
  readonly stored: Values;
  /** Largest relative difference over every compared estimate, CI, Chi², I², τ², Z, weight and total. */
  readonly max_rel_diff: number;
  /** Largest absolute difference over the compared P values. */
  readonly max_abs_p_diff: number;
  /** How many stored values were compared (outcome, subgroups, studies, subgroup test). */
  readonly compared: number;
  /** Values that differ by more than 1e-7 relative (or 1e-6 absolute for P), with where they are. */
  readonly mismatches: readonly string[];
}

export interface RevManOutcomeJson {
  readonly id: string;
  readonly comparison: string;
  readonly name: string;
  readonly type: string;
  readonly measure: string;
  readonly method: string;
  readonly random: boolean;
  readonly ci_total: number;
  readonly estimable: boolean;
  readonly result: Values;
  readonly studies: readonly RevManStudyJson[];
  readonly subgroups: readonly RevManSubgroupJson[];
  readonly subgroup_test: RevManSubgroupTestJson | null;
  readonly stored?: Values;
  readonly max_rel_diff?: number;
  readonly check?: RevManCheck;
}

export interface RevManReviewJson {
  readonly file: string;
  readonly title: string;
  readonly convention: RevManConvention;
  readonly outcomes: readonly RevManOutcomeJson[];
  /** Outcomes and elements not analysed, each with the reason. */
  readonly skipped: readonly { readonly id: string; readonly element: string; readonly name: string; readonly reason: string }[];
}

const back = (ratio: boolean) => (x: number) => (ratio ? Math.exp(x) : x);

/** A pooled result under RevMan's attribute names. */
export function pooledValues(p: PooledRevMan & { piLow?: number; piHigh?: number; tau2Ci?: readonly [number, number] }, ratio: boolean): Values {
  const t = back(ratio);
  const v: Values = {
    EFFECT_SIZE: t(p.estimate),
    CI_START: t(p.ciLow),
    CI_END: t(p.ciHigh),
    SE: p.se,
    CHI2: p.chi2,
    DF: p.df,
    P_CHI2: p.pChi2,
    I2: p.I2,
    TAU2: p.tau2,
    Z: p.Z,
    P_Z: p.pZ,
  };
  if (p.piLow !== undefined && p.piHigh !== undefined) Object.assign(v, { PI_START: t(p.piLow), PI_END: t(p.piHigh) });
  if (p.tau2Ci !== undefined) Object.assign(v, { TAU2_CI_START: p.tau2Ci[0], TAU2_CI_END: p.tau2Ci[1] });
  return v;
}

export function studyValues(s: StudyResult, ratio: boolean) {
  const t = back(ratio);
  return { EFFECT_SIZE: t(s.yi), SE: s.se, CI_START: t(s.ciLow), CI_END: t(s.ciHigh), WEIGHT: s.weight };
}
