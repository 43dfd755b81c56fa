/**
 * Pooled pre–post change in single-arm cohorts. A row that prints the mean
 * change and its SD gives yᵢ = mean change, vᵢ = SD²/nᵢ (escalc "MN" on the
 * changes); a row that prints only pre and post means and SDs needs the
 * correlation rᵢ between them (escalc "MC": vᵢ = (sd₁² + sd₂² − 2rᵢsd₁sd₂)/nᵢ,
 * Morris 2008). No cohort reports rᵢ, so none is invented: the plan's default
 * (null) pools only the change-SD rows, and each sensitivity value of rᵢ pools
 * all rows. Values are put in the dictionary's unit first.
 */
import { escalc } from '../../stats/effects/index.js';
import type { EvidenceBase } from '../../review/evidence/evidence-base.js';
import type { Plan, SingleArmAnalysis } from '../../review/evidence/plans.js';
import type { PrePostRecord } from '../../review/evidence/types.js';
import { fitByRule } from './fit-by-rule.js';
import type { PrePostByRi, PrePostResult, PrePostStudy, SingleArmPooled } from './single-arm-types.js';

function yiVi(r: PrePostRecord, f: number, ri: number | null): { yi: number; vi: number } | null {
  if (r.n === null) return null;
  if (r.mean_change !== null && r.sd_change !== null) {
    const es = escalc('MN', { mi: [f * r.mean_change], sdi: [f * r.sd_change], ni: [r.n] });
    return { yi: es.yi[0], vi: es.vi[0] };
  }
  if (ri === null) return null;
  const es = escalc('MC', { m1i: [f * r.mean_post!], m2i: [f * r.mean_pre!], sd1i: [f * r.sd_post!], sd2i: [f * r.sd_pre!], ni: [r.n], ri: [ri] });
  return { yi: es.yi[0], vi: es.vi[0] };
}

function pooled(values: { yi: number; vi: number }[], plan: Plan, measure: string): SingleArmPooled {
  const { fit, kind, choice } = fitByRule(values.map((v) => v.yi), values.map((v) => v.vi), plan.model);
  const pi = plan.model.predictionInterval && kind === 'random';
  return {
    measure, model: kind, method: fit.method, test: fit.test === 'knha' ? 'knha' : 'z', choice, k: fit.k, backTransform: 'none',
    estimate: fit.b, ci_lb: fit.ci_lb, ci_ub: fit.ci_ub, pi_lb: pi ? fit.pi_lb : null, pi_ub: pi ? fit.pi_ub : null, I2: fit.I2, tau2: fit.tau2, pval: fit.pval,
  };
}

export function poolPrePost(base: EvidenceBase, a: SingleArmAnalysis, plan: Plan): PrePostResult {
  const def = base.dictionary[a.outcome];
  const policy = base.plans.singleArm.ri;
  const rows = base.prepost.filter((r) => r.analysis === a.id);
  const factor = (r: PrePostRecord): number => (r.units === def.unit ? 1 : (def.unitFactors[r.units] ?? NaN));
  const studies: PrePostStudy[] = rows.map((r) => {
    const f = factor(r);
    const change = r.mean_change ?? (r.mean_post !== null && r.mean_pre !== null ? r.mean_post - r.mean_pre : null);
    const cohort = base.cohorts.find((c) => c.study_id === r.study_id)!;
    return {
      study_id: r.study_id, label: cohort.label, timepoint: r.timepoint, flags: r.flags, flagNotes: r.flag_note === '' ? [] : [r.flag_note],
      sources: [{ url: r.source_url, location: r.source_location }],
      conversions: f === 1 ? [] : [`${r.units} → ${def.unit} (× ${f})`],
      excluded: r.n === null ? 'n not printed' : null,
      n: r.n, mean_change: change === null ? null : f * change,
      basis: r.mean_change !== null && r.sd_change !== null ? 'change-sd' : 'pre-post',
    };
  });
  const byRi: PrePostByRi[] = [policy.default, ...policy.sensitivity].map((ri) => {
    const values = rows.map((r) => yiVi(r, factor(r), ri)).filter((v): v is { yi: number; vi: number } => v !== null);
    const k = values.length;
    const left = rows.length - k;
    const note = ri === null
      ? `No correlation assumed: only rows that print the SD of the change${left > 0 ? ` (${left} pre–post row(s) left out)` : ''}.`
      : `Assumed correlation r = ${ri} for the rows that print only pre and post SDs (sensitivity analysis).`;
    return { ri, k, pooled: k >= base.plans.minStudies ? pooled(values, plan, ri === null ? 'MN' : 'MC') : null, note };
  });
  return { id: a.id, title: a.title, outcome: a.outcome, kind: 'prepost', unit: def.unit, studies, byRi, missing: [a.missing], riStatement: policy.statement };
}
