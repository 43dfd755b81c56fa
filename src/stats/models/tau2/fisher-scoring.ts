/**
 * Maximum likelihood (ML), restricted maximum likelihood (REML) and empirical Bayes
 * (EB, Morris 1983) estimators by Fisher scoring, as in Viechtbauer (2005,
 * J Educ Behav Stat 30:261, eqs. 8–12) and metafor's rma.uni. With weights
 * wᵢ = 1/(vᵢ + τ²) and P built from them, each step adds
 *   ML:   (y'PPy − Σwᵢ) / Σwᵢ²
 *   REML: (y'PPy − tr(P)) / tr(PP)
 *   EB:   (k/(k−p) · y'Py − k) / Σwᵢ
 * halving the step while it would make τ² negative, from the Hedges estimate.
 * SEs from the expected information: ML √(2/Σwᵢ²), REML √(2/tr(PP)),
 * EB √(2k²/(k−p)) / Σwᵢ.
 * dat.bcg (log RR), REML: τ̂² = 0.3132, SE 0.1664.
 */
import { allPositive } from '../../numeric/arrays.js';
import { logDetSPD, crossprodWeighted } from '../../numeric/small-matrix.js';
import { projection, quadP, sumWeights } from '../projection.js';
import { hedgesRaw } from './hedges.js';
import { interceptSums, traceP1, tracePP1 } from './intercept-only.js';
import { inverseVariance, type Tau2Estimate, type Tau2Input } from './types.js';
import { weightedSums, type WeightedSums } from './weighted-sums.js';

type Criterion = 'ML' | 'REML' | 'EB';

function step(criterion: Criterion, input: Tau2Input, tau2: number): number {
  const { y, vi, X, k, p } = input;
  const s = input.interceptOnly ? interceptStepSums(y, vi, tau2) : weightedSums(X, y, vi, tau2);
  if (s === null) return NaN;
  if (criterion === 'EB') return ((s.qP * k) / (k - p) - k) / s.sw;
  if (criterion === 'ML') return (s.qPP - s.sw) / s.sw2;
  return (s.qPP - s.trP) / s.trPP;
}

function interceptStepSums(y: ArrayLike<number>, vi: ArrayLike<number>, tau2: number): WeightedSums {
  const s = interceptSums(y, vi, tau2);
  return { sw: s.sw, sw2: s.sw2, qP: s.qP, qPP: s.qPP, trP: traceP1(s), trPP: tracePP1(s) };
}

/** Log-likelihood (ML) or restricted log-likelihood (REML) at τ², up to REML's constant in X'X. */
export function logLikelihood(criterion: 'ML' | 'REML', input: Tau2Input, tau2: number): number {
  const { y, vi, X, k, p } = input;
  let sumLog = 0;
  for (let i = 0; i < k; i++) sumLog += Math.log(vi[i] + tau2);
  if (input.interceptOnly) {
    const s = interceptSums(y, vi, tau2);
    if (criterion === 'ML') return -0.5 * k * Math.log(2 * Math.PI) - 0.5 * sumLog - 0.5 * s.qP;
    return -0.5 * (k - 1) * Math.log(2 * Math.PI) - 0.5 * sumLog - 0.5 * Math.log(s.sw) - 0.5 * s.qP;
  }
  const w = inverseVariance(vi, tau2);
  const P = projection(X, w);
  if (P === null) return NaN;
  const rss = quadP(P, y);
  if (criterion === 'ML') return -0.5 * k * Math.log(2 * Math.PI) - 0.5 * sumLog - 0.5 * rss;
  return (
    -0.5 * (k - p) * Math.log(2 * Math.PI) - 0.5 * sumLog - 0.5 * logDetSPD(crossprodWeighted(X, w)) - 0.5 * rss
  );
}

function fisherScoring(criterion: Criterion, input: Tau2Input): Tau2Estimate {
  const { vi, k, p, control } = input;
  const warnings: string[] = [];
  let tau2 = Math.max(0, hedgesRaw(input));
  let iterations = 0;
  let change = Infinity;
  const history: number[] = [tau2];
  // absolute change, relative once τ² exceeds 1 (doubles cannot resolve 1e-12 steps near 1e3)
  while (change > control.threshold * Math.max(1, tau2)) {
    if (iterations >= control.maxiter) {
      throw new Error(
        `Fisher scoring for the ${criterion} estimate of tau² did not converge in ${control.maxiter} iterations.`,
      );
    }
    iterations++;
    let adj = step(criterion, input, tau2);
    if (Number.isNaN(adj)) adj = 0;
    while (tau2 + adj < 0) adj /= 2;
    const next = tau2 + adj;
    change = Math.abs(next - tau2);
    history.push(next);
    tau2 = next;
    // Aitken's Δ² extrapolation of the linearly converging iterates (Burden & Faires,
    // Numerical Analysis, §2.5): it only moves the start of the next scoring step, so the
    // fixed point, and the convergence test on a plain step, are unchanged.
    if (history.length === 3 && change > control.threshold * Math.max(1, tau2)) {
      const [t0, t1, t2] = history;
      const r = (t2 - t1) / (t1 - t0);
      const jump = (t2 - t1) * (r / (1 - r));
      if (Number.isFinite(jump) && Math.abs(r) < 1 && t2 + jump >= 0) tau2 = t2 + jump;
      history.length = 0;
      history.push(tau2);
    }
  }
  // A local maximum below the likelihood at tau² = 0 is not the estimate (metafor's ll0check).
  if (criterion !== 'EB' && tau2 > control.threshold && allPositive(vi)) {
    const ll = logLikelihood(criterion, input, tau2);
    const ll0 = logLikelihood(criterion, input, 0);
    if (ll0 - ll > 1e-10 * Math.max(1, Math.abs(ll))) {
      warnings.push('Fisher scoring stopped at a local maximum; tau² set to 0 where the likelihood is higher.');
      tau2 = 0;
    }
  }
  const w = inverseVariance(vi, tau2);
  const { s1, s2 } = sumWeights(w);
  let se: number;
  if (criterion === 'ML') se = Math.sqrt(2 / s2);
  else if (criterion === 'REML') {
    const s = input.interceptOnly ? interceptStepSums(input.y, vi, tau2) : weightedSums(input.X, input.y, vi, tau2);
    se = s === null ? NaN : Math.sqrt(2 / s.trPP);
  } else se = Math.sqrt((2 * k * k) / (k - p)) / s1;
  return { tau2, se_tau2: se, iterations, warnings };
}

export const maximumLikelihood = (input: Tau2Input) => fisherScoring('ML', input);
export const restrictedMaximumLikelihood = (input: Tau2Input) => fisherScoring('REML', input);
export const empiricalBayes = (input: Tau2Input) => fisherScoring('EB', input);
