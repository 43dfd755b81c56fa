/**
 * Inverse-variance pooling as RevMan 5 does it (Deeks & Higgins, Statistical
 * algorithms in Review Manager 5, 2010, "Inverse variance methods" and
 * "Random effects methods"; Cochrane Handbook 5.1 §9.4.3): weights
 * wᵢ = 1/(SEᵢ² + τ²), estimate Σwᵢyᵢ/Σwᵢ, SE 1/√Σwᵢ. With τ² = 0 it is the
 * fixed-effect IV estimate, and with wᵢ = Vᵢ it is Peto's Σ(O − E)/ΣV.
 */
import type { FixedEstimate } from './mantel-haenszel.js';
import type { StudyEffect } from './types.js';

export function inverseVariance(effects: readonly StudyEffect[], tau2 = 0): FixedEstimate {
  const weights = effects.map((e) => (e.estimable ? 1 / (e.se * e.se + tau2) : 0));
  let sw = 0;
  let swy = 0;
  effects.forEach((e, i) => {
    if (!e.estimable) return;
    sw += weights[i];
    swy += weights[i] * e.yi;
  });
  return { estimate: swy / sw, se: 1 / Math.sqrt(sw), weights };
}
