/**
 * The JSON shape of a pooled analysis (the contract of `metasift analyze --json`):
 * metafor's rma field names with dots as underscores, unrounded doubles, null where
 * a value is not defined, the back-transformed summary under `transf`, and one
 * entry per input row under `studies`.
 */
import { backTransform } from '../stats/transforms.js';
import type { PooledResult } from '../stats/models/types.js';
import type { Measure } from '../stats/effects/index.js';

export interface StudyJson {
  readonly study: string;
  readonly yi: number | null;
  readonly vi: number | null;
  /** Percent of the total weight; null for a study left out of the pooling. */
  readonly weight: number | null;
}

export interface AnalysisJson {
  readonly k: number;
  readonly measure: Measure;
  readonly method: string;
  readonly test: string;
  readonly level: number;
  readonly b: number | null;
  readonly se: number | null;
  readonly zval?: number | null;
  readonly tval?: number | null;
  readonly ddf?: number | null;
  readonly pval: number | null;
  readonly ci_lb: number | null;
  readonly ci_ub: number | null;
  readonly pi_lb: number | null;
  readonly pi_ub: number | null;
  readonly tau2: number | null;
  readonly se_tau2: number | null;
  readonly tau2_ci: readonly (number | null)[];
  readonly I2: number | null;
  readonly I2_ci: readonly (number | null)[];
  readonly H2: number | null;
  readonly H2_ci: readonly (number | null)[];
  readonly QE: number | null;
  readonly QE_df: number;
  readonly QEp: number | null;
  readonly transf: {
    readonly name: string;
    readonly est: number | null;
    readonly ci_lb: number | null;
    readonly ci_ub: number | null;
    readonly pi_lb: number | null;
    readonly pi_ub: number | null;
  };
  readonly studies: readonly StudyJson[];
  readonly warnings: readonly string[];
  readonly MH?: number | null;
  readonly MHp?: number | null;
  readonly TA?: number | null;
  readonly TAp?: number | null;
}

/** NaN and ±Infinity are not JSON numbers: they become null. */
export const num = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);

export function toResultJson(
  r: PooledResult & { MH?: number; MHp?: number; TA?: number; TAp?: number; rows_yi?: readonly number[] },
  context: { measure: Measure; labels: readonly string[]; ni?: readonly number[] },
): AnalysisJson {
  const t = backTransform(context.measure, { ni: context.ni === undefined ? undefined : r.rows.map((i) => context.ni![i]) });
  // MH and Peto pool some tables that have no study-level outcome (rows_yi ⊂ rows)
  const weightOf = new Map(r.rows.map((row, j) => [row, r.weights[j]]));
  const outcomeOf = new Map((r.rows_yi ?? r.rows).map((row, j) => [row, j]));
  const studies = context.labels.map((study, row) => {
    const j = outcomeOf.get(row);
    return {
      study,
      yi: j === undefined ? null : num(r.yi[j]),
      vi: j === undefined ? null : num(r.vi[j]),
      weight: num(weightOf.get(row)),
    };
  });
  const statKey = r.test === 'z' ? 'zval' : 'tval';
  const out: AnalysisJson = {
    k: r.k,
    measure: context.measure,
    method: r.method,
    test: r.test,
    level: r.level,
    b: num(r.b),
    se: num(r.se),
    [statKey]: num(r.zval),
    ...(r.test === 'z' ? {} : { ddf: num(r.ddf) }),
    pval: num(r.pval),
    ci_lb: num(r.ci_lb),
    ci_ub: num(r.ci_ub),
    pi_lb: num(r.pi_lb),
    pi_ub: num(r.pi_ub),
    tau2: num(r.tau2),
    se_tau2: num(r.se_tau2),
    tau2_ci: r.tau2_ci.map(num),
    I2: num(r.I2),
    I2_ci: r.I2_ci.map(num),
    H2: num(r.H2),
    H2_ci: r.H2_ci.map(num),
    QE: num(r.QE),
    QE_df: r.QE_df,
    QEp: num(r.QEp),
    transf: {
      name: t.name,
      est: num(t.fn(r.b)),
      ci_lb: num(t.fn(r.ci_lb)),
      ci_ub: num(t.fn(r.ci_ub)),
      pi_lb: num(t.fn(r.pi_lb)),
      pi_ub: num(t.fn(r.pi_ub)),
    },
    studies,
    warnings: r.warnings,
    ...('MH' in r ? { MH: num(r.MH), MHp: num(r.MHp) } : {}),
    ...('TA' in r ? { TA: num(r.TA), TAp: num(r.TAp) } : {}),
  };
  return out;
}
