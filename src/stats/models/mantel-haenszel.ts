/**
 * metafor 3.8's rma.mh for 2×2 tables: the Mantel–Haenszel pooled odds ratio,
 * risk ratio or risk difference (see mh-odds-ratio, mh-risk-ratio,
 * mh-risk-difference for the estimators and their variances), computed from the
 * raw counts, with no continuity correction (metafor's second add/to elements,
 * 0 and "none"). Heterogeneity is Cochran's Q of escalc's study-level outcomes
 * (with add/to/drop00) around the MH estimate, with weights 1/vᵢ. For odds
 * ratios the Cochran–Mantel–Haenszel test and Tarone's test are added (mh-tests).
 *
 * dat.bcg, measure "OR": log ψ̂ = −0.4734 (SE 0.0410, 95% CI −0.5538 to −0.3930),
 * QE = 163.94 on 12 df, CMH = 135.69, Tarone 171.76.
 */
import { InputError } from '../errors.js';
import { cochranQ, fixedHeterogeneity, unassessableHeterogeneity } from './heterogeneity.js';
import { levelFraction } from './level.js';
import type { MhEstimate } from './mh-estimate.js';
import { prepareTables } from './mh-inputs.js';
import { mhOddsRatio } from './mh-odds-ratio.js';
import { outcomeOptions, fixedPooledResult, type TableOutcomeOptions } from './mh-result.js';
import { mhRiskDifference } from './mh-risk-difference.js';
import { mhRiskRatio } from './mh-risk-ratio.js';
import type { BinaryTables, Tables } from './mh-tables.js';
import { cmhTest, taroneTest } from './mh-tests.js';
import type { PooledResult } from './types.js';

export type { BinaryTables } from './mh-tables.js';

export type MhMeasure = 'OR' | 'RR' | 'RD';

export interface RmaMhOptions extends TableOutcomeOptions {
  readonly measure?: MhMeasure;
  /** 95 or 0.95. */
  readonly level?: number;
  /** Continuity correction of the Cochran–Mantel–Haenszel test (default true, as metafor). */
  readonly correct?: boolean;
}

export interface MhResult extends PooledResult {
  readonly model: 'rma.mh';
  readonly measure: MhMeasure;
  /** Number of study-level outcomes behind QE (metafor's k.yi); `k` counts the pooled tables. */
  readonly k_yi: number;
  /** Caller's rows of `yi` and `vi` (`rows` are those of the pooled tables and `weights`). */
  readonly rows_yi: readonly number[];
  /** Cochran–Mantel–Haenszel test of OR = 1 (measure "OR" only). */
  readonly MH?: number;
  readonly MHp?: number;
  /** Tarone's test for heterogeneity of the odds ratios (measure "OR" only). */
  readonly TA?: number;
  readonly TAp?: number;
}

const ESTIMATORS: Record<MhMeasure, (t: Tables) => MhEstimate> = {
  OR: mhOddsRatio,
  RR: mhRiskRatio,
  RD: mhRiskDifference,
};

export function rmaMH(tables: BinaryTables, options: RmaMhOptions = {}): MhResult {
  const measure = options.measure ?? 'OR';
  if (!(measure in ESTIMATORS)) {
    throw new InputError(`Unknown 'measure' ('${String(measure)}'). Mantel–Haenszel pooling supports OR, RR and RD.`, {
      field: 'measure',
      value: measure,
    });
  }
  const level = levelFraction(options.level ?? 95);
  const prep = prepareTables(tables, measure, outcomeOptions(options));
  const est = ESTIMATORS[measure](prep.tables);
  const warnings = [...prep.warnings];
  if (est.warning !== undefined) warnings.push(est.warning);
  const kYi = prep.yi.length;
  let het = unassessableHeterogeneity();
  if (kYi > 1) {
    het = fixedHeterogeneity(cochranQ(prep.yi, prep.vi.map((v) => 1 / v), est.b), kYi - 1);
  } else {
    warnings.push(
      `Only ${kYi} ${kYi === 1 ? 'study has' : 'studies have'} a study-level outcome: heterogeneity cannot be ` +
        'assessed, and QE = 0, I² = 0, H² = 1 are reported as metafor does.',
    );
  }
  const base = fixedPooledResult({
    model: 'rma.mh',
    level,
    k: prep.rows.length,
    b: est.b,
    se: est.se,
    het,
    yi: prep.yi,
    vi: prep.vi,
    rows: prep.rows,
    weights: est.weights,
    warnings,
  });
  const result: MhResult = { ...base, model: 'rma.mh', measure, k_yi: kYi, rows_yi: prep.rows_yi };
  if (measure !== 'OR') return result;
  const cmh = cmhTest(prep.tables, options.correct ?? true);
  const ta = taroneTest(prep.tables, Math.exp(est.b));
  return { ...result, MH: cmh.stat, MHp: cmh.pval, TA: ta.stat, TAp: ta.pval };
}
