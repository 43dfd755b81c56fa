/** Names shared by every pooled model. Keys follow metafor's rma fields (dots as underscores). */

export type TestType = 'z' | 'knha' | 't';

/** Equal/fixed effect (EE and FE are synonyms, as in metafor) and every univariate tau² estimator. */
export type TauMethod = 'DL' | 'HE' | 'HS' | 'HSk' | 'SJ' | 'ML' | 'REML' | 'EB' | 'PM' | 'PMM' | 'GENQ';
export type UniMethod = 'EE' | 'FE' | TauMethod;

/** The result of a pooled (intercept-only) model, JSON-serialisable. NaN marks "not defined". */
export interface PooledResult {
  readonly model: 'rma.uni' | 'rma.mh' | 'rma.peto';
  readonly k: number;
  readonly method: string;
  readonly test: TestType;
  readonly level: number;
  readonly b: number;
  readonly se: number;
  /** z statistic (test "z") or t statistic (tests "knha" and "t"). */
  readonly zval: number;
  readonly pval: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  /** Degrees of freedom of the t tests; NaN for z. */
  readonly ddf: number;
  readonly pi_lb: number;
  readonly pi_ub: number;
  readonly tau2: number;
  readonly se_tau2: number;
  /** Q-profile confidence intervals (Viechtbauer 2007); NaN for models without τ². */
  readonly tau2_ci: readonly [number, number];
  readonly I2_ci: readonly [number, number];
  readonly H2_ci: readonly [number, number];
  readonly QE: number;
  readonly QE_df: number;
  readonly QEp: number;
  readonly I2: number;
  readonly H2: number;
  /** The per-study outcomes the model pooled (after dropping missing ones). */
  readonly yi: readonly number[];
  readonly vi: readonly number[];
  /** Index into the caller's rows for each pooled study. */
  readonly rows: readonly number[];
  /** Study weights in percent. */
  readonly weights: readonly number[];
  readonly warnings: readonly string[];
}
