/**
 * Mantel–Haenszel pooled risk difference with the variance of Sato, Greenland &
 * Robins (1989, Biometrics 45:1323), which stays consistent in both large-strata
 * and sparse-data limits; metafor 3.8's rma.mh uses it (not the Greenland &
 * Robins 1985 estimator, which is only sparse-data consistent):
 *   W = Σ n1ᵢn2ᵢ/Nᵢ,  RD̂ = Σ (aᵢn2ᵢ − cᵢn1ᵢ)/Nᵢ / W,
 *   Var(RD̂) = [ RD̂ · Σ (cᵢn1ᵢ² − aᵢn2ᵢ² + n1ᵢn2ᵢ(n2ᵢ − n1ᵢ)/2)/Nᵢ²
 *              + Σ (aᵢ(n2ᵢ − cᵢ) + cᵢ(n1ᵢ − aᵢ)) / (2Nᵢ) ] / W².
 * Study weights are n1ᵢn2ᵢ/Nᵢ. Defined even with no events at all (RD̂ = 0, SE 0).
 * dat.bcg: RD̂ = −0.003288, SE 0.000287.
 */
import type { MhEstimate } from './mh-estimate.js';
import type { Tables } from './mh-tables.js';

export function mhRiskDifference(t: Tables): MhEstimate {
  const { ai, bi, ci, di } = t;
  const k = ai.length;
  const weights = new Float64Array(k);
  let num = 0;
  let W = 0;
  let P = 0;
  let Q = 0;
  for (let i = 0; i < k; i++) {
    const n1 = ai[i] + bi[i];
    const n2 = ci[i] + di[i];
    const n = n1 + n2;
    const f1 = n1 / n;
    const f2 = n2 / n;
    num += ai[i] * f2 - ci[i] * f1;
    W += n1 * f2;
    P += ci[i] * f1 * f1 - ai[i] * f2 * f2 + (f1 * f2 * (n2 - n1)) / 2;
    Q += (ai[i] * (n2 - ci[i])) / n + (ci[i] * (n1 - ai[i])) / n;
    weights[i] = f1 * n2;
  }
  const b = num / W;
  return { b, se: Math.sqrt((b * P + Q / 2) / (W * W)), weights };
}
