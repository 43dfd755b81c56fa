/** The JSON-ready result of pooling one planned analysis under one plan model (natural scale for ratios). */
import type { ComparativeMeasure } from '../../review/evidence/favours.js';

export interface StudyEffect {
  readonly study_id: string;
  /** Analysis scale (log for ratios): RevMan 5's study effect under the as-published plan, escalc's otherwise. */
  readonly yi: number;
  readonly vi: number;
  /** Natural scale, with a 95% Wald interval. */
  readonly estimate: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  /** Percent of the total weight; null when the study is not in the pooled model. */
  readonly weight: number | null;
}

export interface PooledEvidence {
  readonly measure: ComparativeMeasure;
  readonly model: 'fixed' | 'random';
  /** 'MH' (Mantel–Haenszel), 'FE' (inverse variance) or 'PETO' fixed; 'MH-RE' (RevMan's M-H random effects), 'DL' or 'REML'. */
  readonly method: string;
  readonly test: 'z' | 'knha';
  /** Why this model: the plan's rule applied to this analysis. */
  readonly choice: string;
  readonly k: number;
  readonly b: number;
  readonly se: number;
  readonly estimate: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  readonly pi_lb: number | null;
  readonly pi_ub: number | null;
  readonly pval: number;
  readonly I2: number;
  readonly tau2: number;
  readonly QE: number;
  readonly QEp: number;
  readonly warnings: readonly string[];
}
