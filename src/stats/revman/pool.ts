/**
 * One RevMan 5 meta-analysis of an outcome or subgroup (Deeks & Higgins,
 * Statistical algorithms in Review Manager 5, 2010; Cochrane Handbook 5.1 §9.4):
 * the fixed-effect estimate of the chosen method (Mantel–Haenszel, inverse
 * variance, or Peto), heterogeneity around it with inverse-variance weights,
 * and for random effects the DerSimonian–Laird τ² from that Q with the study
 * estimates pooled by inverse variance. df counts estimable rows minus one.
 * Benzodiazepines vs pregabalin, response (RR, M-H, random): 0.95 [0.77, 1.16],
 * Tau² = 0.02, Chi² = 7.20, df = 5.
 */
import { chisqUpper, normalTwoSided } from '../distributions/index.js';
import { zCritical } from './critical-value.js';
import { cochranQ, dlTau2, i2FromQ } from './heterogeneity.js';
import { inverseVariance } from './inverse-variance.js';
import { mhOddsRatio, mhRiskDifference, mhRiskRatio, type FixedEstimate } from './mantel-haenszel.js';
import { studyEffects } from './study-effects.js';
import type { PooledRevMan, RevManData, RevManOptions, StudyEffect, StudyResult } from './types.js';

function fixedEstimate(data: RevManData, effects: readonly StudyEffect[], options: RevManOptions): FixedEstimate {
  if (data.kind === 'DICH' && options.method === 'MH' && data.measure !== 'PETO_OR') {
    const use = effects.map((e) => e.estimable);
    if (data.measure === 'OR') return mhOddsRatio(data.rows, use);
    if (data.measure === 'RR') return mhRiskRatio(data.rows, use);
    return mhRiskDifference(data.rows, use);
  }
  return inverseVariance(effects);
}

function studyResults(effects: readonly StudyEffect[], weights: readonly number[], ciStudy: number): StudyResult[] {
  const z = zCritical(ciStudy);
  const total = weights.reduce((s, w) => s + w, 0);
  return effects.map((e, i) => ({
    ...e,
    ciLow: e.yi - z * e.se,
    ciHigh: e.yi + z * e.se,
    weight: e.estimable && total > 0 ? (100 * weights[i]) / total : 0,
  }));
}

export function revmanPool(data: RevManData, options: RevManOptions): PooledRevMan {
  const effects = studyEffects(data);
  const k = effects.filter((e) => e.estimable).length;
  const ciStudy = options.ciStudy ?? 95;
  if (k === 0) {
    return {
      estimable: false,
      ...{ estimate: NaN, se: NaN, ciLow: NaN, ciHigh: NaN, Z: NaN, pZ: NaN },
      ...{ chi2: 0, df: 0, pChi2: NaN, I2: 0, tau2: NaN, totalWeight: 0 },
      studies: studyResults(effects, effects.map(() => 0), ciStudy),
    };
  }
  const fixed = fixedEstimate(data, effects, options);
  const df = k - 1;
  const chi2 = cochranQ(effects, fixed.estimate);
  const tau2 = options.random ? dlTau2(effects, chi2, df) : 0;
  const pooled = options.random ? inverseVariance(effects, tau2) : fixed;
  const z = zCritical(options.ciTotal ?? 95);
  const Z = Math.abs(pooled.estimate) / pooled.se;
  return {
    estimable: Number.isFinite(pooled.estimate) && pooled.se > 0,
    estimate: pooled.estimate,
    se: pooled.se,
    ciLow: pooled.estimate - z * pooled.se,
    ciHigh: pooled.estimate + z * pooled.se,
    Z,
    pZ: normalTwoSided(Z),
    chi2,
    df,
    pChi2: df > 0 ? chisqUpper(chi2, df) : NaN,
    I2: i2FromQ(chi2, df),
    tau2,
    totalWeight: pooled.weights.reduce((s, w) => s + w, 0),
    studies: studyResults(effects, pooled.weights, ciStudy),
  };
}
