/**
 * Pools the usable study rows of an analysis under a plan model.
 * - "as-published" (rule "i2-threshold", RevMan 5.4 conventions): everything on
 *   RevMan's terms through src/stats/revman (revman-pool.ts): RevMan's study
 *   effects and zero-cell rule, the Mantel–Haenszel (dichotomous) or inverse-
 *   variance (continuous) fixed effect, Q and I² around it, and when I² exceeds
 *   the plan's threshold RevMan's DerSimonian–Laird random effects from that Q.
 * - "recommended" (rule "fixed-choice"): REML random effects with the
 *   Knapp–Hartung test and a prediction interval (rma, method REML, test knha)
 *   on escalc's study effects (metafor's RR, OR, RD, MD, SMD).
 */
import { escalc } from '../../stats/effects/index.js';
import { isRatioMeasure } from '../../stats/effects/measures.js';
import type { PooledResult } from '../../stats/models/types.js';
import type { ComparativeMeasure } from '../../review/evidence/favours.js';
import type { PlanModel } from '../../review/evidence/plans.js';
import type { StudyComparison } from './comparisons.js';
import { fitByRule } from './fit-by-rule.js';
import type { PooledEvidence, StudyEffect } from './pooled-evidence.js';
import { poolRevMan, revmanStudyEffects } from './revman-pool.js';

const Z95 = 1.959963984540054;

function col(rows: readonly StudyComparison[], key: keyof StudyComparison): number[] {
  return rows.map((r) => (r[key] as number | null) ?? NaN);
}

/** Each row's own effect: RevMan's under the as-published rule, escalc's (with the plan's drop00) otherwise. */
export function studyEffects(rows: readonly StudyComparison[], measure: ComparativeMeasure, model: PlanModel): StudyEffect[] {
  if (model.rule === 'i2-threshold') return revmanStudyEffects(rows, measure);
  const drop00 = model.drop00;
  const binary = ['RR', 'OR', 'RD', 'PETO'].includes(measure);
  const input = binary
    ? { ai: col(rows, 'ai'), n1i: col(rows, 'n1i'), ci: col(rows, 'ci'), n2i: col(rows, 'n2i') }
    : { m1i: col(rows, 'm1i'), sd1i: col(rows, 'sd1i'), n1i: col(rows, 'n1i'), m2i: col(rows, 'm2i'), sd2i: col(rows, 'sd2i'), n2i: col(rows, 'n2i') };
  const es = escalc(measure, input, { drop00 });
  const back = isRatioMeasure(measure) ? Math.exp : (x: number) => x;
  return rows.map((r, i) => {
    const half = Z95 * Math.sqrt(es.vi[i]);
    return { study_id: r.study_id, yi: es.yi[i], vi: es.vi[i], estimate: back(es.yi[i]), ci_lb: back(es.yi[i] - half), ci_ub: back(es.yi[i] + half), weight: null };
  });
}

function summarise(measure: ComparativeMeasure, fit: PooledResult, model: 'fixed' | 'random', choice: string, pi: boolean): PooledEvidence {
  const back = isRatioMeasure(measure) ? Math.exp : (x: number) => x;
  const hasPi = pi && model === 'random' && Number.isFinite(fit.pi_lb);
  return {
    measure,
    model,
    method: fit.model === 'rma.mh' ? 'MH' : fit.method,
    test: fit.test === 'knha' ? 'knha' : 'z',
    choice,
    k: fit.k,
    b: fit.b,
    se: fit.se,
    estimate: back(fit.b),
    ci_lb: back(fit.ci_lb),
    ci_ub: back(fit.ci_ub),
    pi_lb: hasPi ? back(fit.pi_lb) : null,
    pi_ub: hasPi ? back(fit.pi_ub) : null,
    pval: fit.pval,
    I2: fit.I2,
    tau2: fit.tau2,
    QE: fit.QE,
    QEp: fit.QEp,
    warnings: fit.warnings,
  };
}

/** The pooled result and each study's weight (percent), keyed by study_id. */
export function poolRows(rows: readonly StudyComparison[], measure: ComparativeMeasure, model: PlanModel): { pooled: PooledEvidence; weights: Map<string, number> } {
  if (model.rule === 'i2-threshold') return poolRevMan(rows, measure, model);
  const effects = studyEffects(rows, measure, model);
  const yi = effects.map((e) => e.yi);
  const vi = effects.map((e) => e.vi);
  const { fit, kind, choice } = fitByRule(yi, vi, model);
  const weights = new Map<string, number>(fit.rows.map((row, j) => [rows[row].study_id, fit.weights[j]]));
  return { pooled: summarise(measure, fit, kind, choice, model.predictionInterval), weights };
}
