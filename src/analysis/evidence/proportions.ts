/**
 * Pooled proportions across single-arm cohorts (metafor: escalc(measure = "PLO"
 * or "PFT", xi, ni), rma, predict with transf.ilogit or transf.ipft.hm, the
 * latter at the harmonic mean of the nᵢ; Freeman & Tukey 1950; Miller 1978).
 * Rows of one study with several `part`s are categories of the same patients
 * and are summed (events add; n must agree). The overlap rule keeps one report
 * of the overlapping Nanjing cohorts.
 */
import { escalc } from '../../stats/effects/index.js';
import { backTransform, transformSummary } from '../../stats/transforms.js';
import type { EvidenceBase } from '../../review/evidence/evidence-base.js';
import type { Plan, SingleArmAnalysis } from '../../review/evidence/plans.js';
import type { EventRecord } from '../../review/evidence/types.js';
import { fitByRule } from './fit-by-rule.js';
import { applyOverlapRule } from './overlap.js';
import type { ProportionResult, ProportionStudy, SingleArmPooled } from './single-arm-types.js';

function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function studyRow(base: EvidenceBase, id: string, rows: readonly EventRecord[]): ProportionStudy {
  const cohort = base.cohorts.find((c) => c.study_id === id)!;
  const common = {
    study_id: id,
    label: cohort.label,
    timepoint: rows[0].timepoint,
    flags: uniq(rows.flatMap((r) => r.flags)),
    flagNotes: uniq(rows.map((r) => r.flag_note).filter((x) => x !== '')),
    sources: uniq(rows.map((r) => `${r.source_url}\u0000${r.source_location}`)).map((k) => ({ url: k.split('\u0000')[0], location: k.split('\u0000')[1] })),
  };
  const absent = rows.filter((r) => r.events === null || r.n === null);
  if (absent.length > 0) {
    const what = absent.map((r) => (r.events === null ? 'events not printed' : 'denominator not printed')).join('; ');
    return { ...common, events: absent[0].events, n: absent[0].n, proportion: null, conversions: [], excluded: what };
  }
  const ns = uniq(rows.map((r) => r.n));
  if (ns.length > 1) return { ...common, events: null, n: null, proportion: null, conversions: [], excluded: `parts with different denominators (${ns.join(', ')}) cannot be summed` };
  const events = rows.reduce((s, r) => s + r.events!, 0);
  const n = rows[0].n!;
  const conversions = rows.length > 1 ? [`${rows.map((r) => r.part).join(' + ')} summed (categories of the same ${n} patients)`] : [];
  return { ...common, events, n, proportion: events / n, conversions, excluded: null };
}

function poolTransform(measure: 'PLO' | 'PFT', rows: readonly ProportionStudy[], plan: Plan): SingleArmPooled {
  const xi = rows.map((r) => r.events!);
  const ni = rows.map((r) => r.n!);
  const es = escalc(measure, { xi, ni });
  const { fit, kind, choice } = fitByRule(es.yi, es.vi, plan.model);
  const t = backTransform(measure, { ni });
  const piOk = plan.model.predictionInterval && kind === 'random';
  const s = transformSummary(t, { pred: fit.b, ci_lb: fit.ci_lb, ci_ub: fit.ci_ub, pi_lb: fit.pi_lb, pi_ub: fit.pi_ub });
  return {
    measure,
    model: kind,
    method: fit.method,
    test: fit.test === 'knha' ? 'knha' : 'z',
    choice,
    k: fit.k,
    backTransform: t.name,
    estimate: s.pred,
    ci_lb: s.ci_lb,
    ci_ub: s.ci_ub,
    pi_lb: piOk ? s.pi_lb : null,
    pi_ub: piOk ? s.pi_ub : null,
    I2: fit.I2,
    tau2: fit.tau2,
    pval: fit.pval,
  };
}

export function poolProportions(base: EvidenceBase, a: SingleArmAnalysis, plan: Plan): ProportionResult {
  const policy = base.plans.singleArm;
  const rows = base.events.filter((r) => r.analysis === a.id);
  const studies = uniq(rows.map((r) => r.study_id)).map((id) => studyRow(base, id, rows.filter((r) => r.study_id === id)));
  const usable = studies.filter((s) => s.excluded === null) as (ProportionStudy & { n: number })[];
  const group = new Set(base.cohorts.filter((c) => c.overlap_group === policy.overlapRule.group).map((c) => c.study_id));
  const { kept, dropped } = applyOverlapRule(usable, (s) => group.has(s.study_id));
  const droppedIds = new Map(dropped.map((d) => [d.row.study_id, d.reason]));
  const final = studies.map((s) => (droppedIds.has(s.study_id) ? { ...s, excluded: droppedIds.get(s.study_id)! } : s));
  const k = kept.length;
  return {
    id: a.id,
    title: a.title,
    outcome: a.outcome,
    kind: 'proportion',
    k,
    studies: final,
    pooled: k >= base.plans.minStudies ? policy.transforms.map((m) => poolTransform(m, kept, plan)) : [],
    missing: [a.missing, ...final.filter((s) => s.excluded !== null && !droppedIds.has(s.study_id)).map((s) => `${s.label}: ${s.excluded}.`)],
    overlapStatement: policy.overlapRule.statement,
  };
}
