import type { Columns } from '../../numeric/small-matrix.js';

export interface Tau2Control {
  /** Fisher scoring stops when τ² changes by less than this (metafor: threshold). */
  readonly threshold: number;
  readonly maxiter: number;
  /** Tolerance of the root finders (metafor: tol). */
  readonly tol: number;
  /** Upper end of the first search bracket for root-finding estimators; widened when needed. */
  readonly tau2Max: number;
}

export const DEFAULT_TAU2_CONTROL: Tau2Control = { threshold: 1e-12, maxiter: 1000, tol: 1e-14, tau2Max: 100 };

export interface Tau2Input {
  /** Outcomes, mean-centred (as metafor does, for numerical stability; P annihilates the shift when X has an intercept). */
  readonly y: Float64Array;
  readonly vi: Float64Array;
  readonly X: Columns;
  readonly k: number;
  readonly p: number;
  /** X is the single column of ones: enables the closed forms of ./intercept-only.ts. */
  readonly interceptOnly?: boolean;
  /** User weights, for GENQ only. */
  readonly weights?: Float64Array;
  readonly control: Tau2Control;
}

export interface Tau2Estimate {
  /** The estimate, truncated at zero. */
  readonly tau2: number;
  readonly se_tau2: number;
  readonly iterations: number;
  readonly warnings: readonly string[];
}

export type Tau2Estimator = (input: Tau2Input) => Tau2Estimate;

/** 1 / (vᵢ + τ²). */
export function inverseVariance(vi: Float64Array, tau2: number): Float64Array {
  const a = new Float64Array(vi.length);
  for (let i = 0; i < vi.length; i++) a[i] = 1 / (vi[i] + tau2);
  return a;
}
