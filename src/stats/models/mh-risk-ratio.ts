/**
 * Mantel–Haenszel pooled risk ratio and the variance of its log (Greenland &
 * Robins 1985, Biometrics 41:55), as metafor 3.8's rma.mh:
 *   R = Σ aᵢ n2ᵢ/Nᵢ,  S = Σ cᵢ n1ᵢ/Nᵢ,  RR̂ = R/S,
 *   Var(log RR̂) = Σ (n1ᵢ n2ᵢ (aᵢ + cᵢ)/Nᵢ² − aᵢcᵢ/Nᵢ) / (R S).
 * Study weights are cᵢ n1ᵢ/Nᵢ. Undefined (NaN) when there are no events in
 * either arm over all tables (Σaᵢ = 0 or Σcᵢ = 0).
 * dat.bcg: log RR̂ = −0.4537, SE 0.0393.
 */
import type { MhEstimate } from './mh-estimate.js';
import type { Tables } from './mh-tables.js';

export function mhRiskRatio(t: Tables): MhEstimate {
  const { ai, bi, ci, di } = t;
  const k = ai.length;
  const weights = new Float64Array(k);
  let R = 0;
  let S = 0;
  let V = 0;
  let sumA = 0;
  let sumC = 0;
  for (let i = 0; i < k; i++) {
    const n1 = ai[i] + bi[i];
    const n2 = ci[i] + di[i];
    const n = n1 + n2;
    R += ai[i] * (n2 / n);
    S += ci[i] * (n1 / n);
    V += (n1 / n) * (n2 / n) * (ai[i] + ci[i]) - (ai[i] / n) * ci[i];
    sumA += ai[i];
    sumC += ci[i];
    weights[i] = (ci[i] / n) * n1;
  }
  if (sumA === 0 || sumC === 0) {
    return {
      b: NaN,
      se: NaN,
      weights,
      warning:
        `The Mantel–Haenszel risk ratio is not defined: no table has an event in the ${sumA === 0 ? 'treatment' : 'control'} ` +
        'group, so the pooled risk ratio is 0 or infinite. The estimate, SE and CI are NaN. ' +
        'The risk difference (measure "RD") stays defined.',
    };
  }
  return { b: Math.log(R / S), se: Math.sqrt(V / (R * S)), weights };
}
