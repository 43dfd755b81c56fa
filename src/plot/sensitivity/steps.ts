/**
 * The rows of a leave-one-out or cumulative analysis (analyzeTable's `leave1out` and
 * `cumulative` sections, metafor's leave1out() and cumul()) ready to draw: estimates and
 * limits back-transformed as metafor's forest(..., transf = exp) does for ratio measures.
 * A measure whose back-transformation needs more than the measure (PFT needs the sample
 * sizes) stays on the analysis scale.
 */
import type { Measure } from '../../stats/effects/types.js';
import { backTransform } from '../../stats/transforms.js';

export interface SensitivityStep {
  readonly study: string;
  readonly est: number;
  readonly lo: number;
  readonly hi: number;
  readonly I2: number | null;
  readonly tau2: number | null;
  readonly pval: number | null;
}

/** What the sensitivity plots read from an analysis (AnalysisReport has it all). */
export interface SensitivityInput {
  readonly measure: Measure;
  readonly method: string;
  readonly level: number;
  readonly k: number;
  readonly b: number | null;
  readonly ci_lb: number | null;
  readonly ci_ub: number | null;
  readonly I2: number | null;
  readonly leave1out?: readonly Record<string, unknown>[];
  readonly cumulative?: readonly Record<string, unknown>[];
  readonly influence?: readonly Record<string, unknown>[];
}

export interface Scaled {
  /** 'exp' when the axis shows ratios; the metafor name of any other back-transformation; 'none'. */
  readonly name: string;
  readonly fn: (x: number) => number;
}

export function scaleOf(measure: Measure): Scaled {
  try {
    return backTransform(measure);
  } catch {
    return { name: 'none', fn: (x) => x };
  }
}

const numberOr = (v: unknown): number => (typeof v === 'number' ? v : NaN);
const nullable = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function sensitivitySteps(rows: readonly Record<string, unknown>[], t: Scaled): SensitivityStep[] {
  return rows.map((r) => ({
    study: String(r.study ?? ''),
    est: t.fn(numberOr(r.b)),
    lo: t.fn(numberOr(r.ci_lb)),
    hi: t.fn(numberOr(r.ci_ub)),
    I2: nullable(r.I2),
    tau2: nullable(r.tau2),
    pval: nullable(r.pval),
  }));
}
