/**
 * The "as-published" plan (rule "i2-threshold") pooled on RevMan 5.4's own terms,
 * through src/stats/revman (Deeks & Higgins, Statistical algorithms in Review
 * Manager 5, 2010), so the numbers are the ones RevMan would print:
 * - study effects and SEs as RevMan computes them (0.5 added to every cell of a
 *   study with a zero cell, double-zero studies not estimable for RR and OR;
 *   Hedges' g with RevMan's approximate correction for SMD);
 * - the fixed-effect fit: Mantel–Haenszel on the corrected cells (plan
 *   `fixed.binary` "MH") or inverse variance, Peto for PETO;
 * - Cochran's Q around that fixed-effect estimate, I² from it;
 * - when I² exceeds the plan's threshold, RevMan's random effects: the
 *   DerSimonian–Laird τ² from that same Q (so around the M-H estimate for M-H
 *   outcomes) and the study estimates pooled by inverse variance with 1/(SE² + τ²);
 * - intervals with RevMan's z = 1.959964… and a z test.
 * `drop00` plays no part: RevMan's own rule decides which rows are estimable.
 */
import { revmanPool, type PoolingMethod, type RevManData } from '../../stats/revman/index.js';
import type { ComparativeMeasure } from '../../review/evidence/favours.js';
import type { PlanModel } from '../../review/evidence/plans.js';
import type { StudyComparison } from './comparisons.js';
import type { PooledEvidence, StudyEffect } from './pooled-evidence.js';

export type RevManPlanModel = Extract<PlanModel, { rule: 'i2-threshold' }>;

/** What RevMan reads of a study row: the 2×2 counts or the arm means, SDs and sizes (group 1 = MSC). */
export type RevManRow = Pick<StudyComparison, 'study_id' | 'ai' | 'n1i' | 'ci' | 'n2i' | 'm1i' | 'sd1i' | 'm2i' | 'sd2i'>;

const RATIO: readonly ComparativeMeasure[] = ['RR', 'OR', 'PETO'];

const v = (x: number | null): number => x ?? NaN;

/** The study rows as RevMan's data of one outcome (experimental = MSC). */
export function revmanData(rows: readonly RevManRow[], measure: ComparativeMeasure): RevManData {
  if (measure === 'MD' || measure === 'SMD') {
    return {
      kind: 'CONT',
      measure,
      rows: rows.map((r) => ({ mean1: v(r.m1i), sd1: v(r.sd1i), total1: v(r.n1i), mean2: v(r.m2i), sd2: v(r.sd2i), total2: v(r.n2i) })),
    };
  }
  return {
    kind: 'DICH',
    measure: measure === 'PETO' ? 'PETO_OR' : measure,
    rows: rows.map((r) => ({ events1: v(r.ai), total1: v(r.n1i), events2: v(r.ci), total2: v(r.n2i) })),
  };
}

/** RevMan's statistical method for the measure under the plan: M-H (or IV) for RR, OR and RD, Peto for PETO, IV for MD and SMD. */
export function revmanMethod(measure: ComparativeMeasure, model: RevManPlanModel): PoolingMethod {
  if (measure === 'PETO') return 'PETO';
  if (measure === 'MD' || measure === 'SMD') return model.fixed.continuous;
  return model.fixed.binary;
}

const back = (measure: ComparativeMeasure) => (RATIO.includes(measure) ? Math.exp : (x: number) => x);

/** Each row's own effect with a 95% interval, as RevMan prints it; NaN for rows RevMan marks not estimable. */
export function revmanStudyEffects(rows: readonly RevManRow[], measure: ComparativeMeasure): StudyEffect[] {
  const pooled = revmanPool(revmanData(rows, measure), { method: measure === 'PETO' ? 'PETO' : 'IV', random: false });
  const f = back(measure);
  return pooled.studies.map((s, i) => ({
    study_id: rows[i].study_id,
    yi: s.estimable ? s.yi : NaN,
    vi: s.estimable ? s.se * s.se : NaN,
    estimate: s.estimable ? f(s.yi) : NaN,
    ci_lb: s.estimable ? f(s.ciLow) : NaN,
    ci_ub: s.estimable ? f(s.ciHigh) : NaN,
    weight: null,
  }));
}

/** The label of the model RevMan names in a forest plot: 'MH' or 'FE' (IV) or 'PETO' fixed, 'MH-RE' (M-H, Random) or 'DL' (IV, Random). */
function methodName(method: PoolingMethod, random: boolean): string {
  if (random) return method === 'MH' ? 'MH-RE' : 'DL';
  return method === 'IV' ? 'FE' : method;
}

/** The pooled result under the plan's I² rule, and each row's percent weight keyed by study_id. */
export function poolRevMan(
  rows: readonly RevManRow[],
  measure: ComparativeMeasure,
  model: RevManPlanModel,
): { pooled: PooledEvidence; weights: Map<string, number> } {
  const data = revmanData(rows, measure);
  const method = revmanMethod(measure, model);
  const fixed = revmanPool(data, { method, random: false });
  const random = fixed.I2 > model.i2Threshold;
  const fit = random ? revmanPool(data, { method, random: true }) : fixed;
  const fixedName = method === 'MH' ? 'Mantel–Haenszel fixed effect' : method === 'PETO' ? 'Peto fixed effect' : 'inverse-variance fixed effect';
  const randomName = method === 'MH' ? 'RevMan 5 M-H random effects (DerSimonian–Laird τ² from Q around the M-H estimate)' : 'DerSimonian–Laird random effects';
  const choice = random
    ? `I² = ${fixed.I2.toFixed(0)}% under the ${fixedName} fit exceeds ${model.i2Threshold}%: ${randomName} (plan rule).`
    : `I² = ${fixed.I2.toFixed(0)}% is at most ${model.i2Threshold}%: ${fixedName} (plan rule).`;
  const f = back(measure);
  const pooled: PooledEvidence = {
    measure,
    model: random ? 'random' : 'fixed',
    method: methodName(method, random),
    test: 'z',
    choice,
    k: fit.df + 1,
    b: fit.estimate,
    se: fit.se,
    estimate: f(fit.estimate),
    ci_lb: f(fit.ciLow),
    ci_ub: f(fit.ciHigh),
    pi_lb: null,
    pi_ub: null,
    pval: fit.pZ,
    I2: fit.I2,
    tau2: fit.tau2,
    QE: fit.chi2,
    QEp: fit.pChi2,
    warnings: fit.estimable ? [] : ['RevMan would mark this analysis not estimable.'],
  };
  const weights = new Map<string, number>();
  fit.studies.forEach((s, i) => {
    if (s.estimable) weights.set(rows[i].study_id, s.weight);
  });
  return { pooled, weights };
}
