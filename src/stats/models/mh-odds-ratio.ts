/**
 * Mantel–Haenszel pooled odds ratio (Mantel & Haenszel 1959, J Natl Cancer Inst
 * 22:719) with the Robins–Breslow–Greenland variance of its log (Robins,
 * Breslow & Greenland 1986, Biometrics 42:311), as metafor 3.8's rma.mh:
 *   Rᵢ = aᵢdᵢ/Nᵢ,  Sᵢ = bᵢcᵢ/Nᵢ,  Pᵢ = (aᵢ + dᵢ)/Nᵢ,  Qᵢ = (bᵢ + cᵢ)/Nᵢ,
 *   ψ̂ = ΣRᵢ / ΣSᵢ,
 *   Var(log ψ̂) = ½ [ ΣPᵢRᵢ/R² + Σ(PᵢSᵢ + QᵢRᵢ)/(RS) + ΣQᵢSᵢ/S² ],  R = ΣRᵢ, S = ΣSᵢ.
 * Study weights are Sᵢ (the weight of each table's odds ratio in ψ̂ = ΣSᵢψᵢ/ΣSᵢ).
 * Undefined (NaN) when R or S is 0: no table has events paired with non-events the right way round.
 * dat.bcg: log ψ̂ = −0.4734, SE 0.0410.
 */
import type { MhEstimate } from './mh-estimate.js';
import type { Tables } from './mh-tables.js';

export function mhOddsRatio(t: Tables): MhEstimate {
  const { ai, bi, ci, di } = t;
  const k = ai.length;
  const weights = new Float64Array(k);
  let R = 0;
  let S = 0;
  let PR = 0;
  let PSQR = 0;
  let QS = 0;
  for (let i = 0; i < k; i++) {
    const n = ai[i] + bi[i] + ci[i] + di[i];
    const Pi = ai[i] / n + di[i] / n;
    const Qi = bi[i] / n + ci[i] / n;
    const Ri = (ai[i] / n) * di[i];
    const Si = (bi[i] / n) * ci[i];
    R += Ri;
    S += Si;
    PR += Pi * Ri;
    PSQR += Pi * Si + Qi * Ri;
    QS += Qi * Si;
    weights[i] = Si;
  }
  if (R === 0 || S === 0) {
    const which = R === 0 ? 'aᵢdᵢ' : 'bᵢcᵢ';
    return {
      b: NaN,
      se: NaN,
      weights,
      warning:
        `The Mantel–Haenszel odds ratio is not defined: Σ ${which}/nᵢ = 0 over all tables, so the pooled odds ratio ` +
        'is 0 or infinite. The estimate, SE and CI are NaN. The risk difference (measure "RD") stays defined.',
    };
  }
  const se = Math.sqrt(0.5 * (PR / (R * R) + PSQR / (R * S) + QS / (S * S)));
  return { b: Math.log(R / S), se, weights };
}
