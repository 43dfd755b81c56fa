/**
 * The rule by which metafor's influence.rma.uni marks a study as influential (the
 * asterisk in its print-out; cf. Viechtbauer & Cheung 2010, Res Synth Methods
 * 1:112): any of
 *   |DFFITS| > 3 √(p/(k − p)),  P(χ²_m ≤ Cook's D) > 0.5,  hᵢ > 3p/k,  any |DFBETAS| > 1.
 * A measure that could not be computed (NaN) does not by itself flag the study.
 */
import { chisqCdf } from '../distributions/index.js';

export interface FlagInputs {
  readonly dffits: number;
  readonly cook_d: number;
  readonly hat: number;
  readonly dfbs: readonly number[];
}

export function isInfluential(row: FlagInputs, k: number, p: number, m: number): boolean {
  return (
    Math.abs(row.dffits) > 3 * Math.sqrt(p / (k - p)) ||
    chisqCdf(row.cook_d, m) > 0.5 ||
    row.hat > (3 * p) / k ||
    row.dfbs.some((d) => Math.abs(d) > 1)
  );
}
