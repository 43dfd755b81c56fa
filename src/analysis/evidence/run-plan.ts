/**
 * Runs every planned analysis of the evidence base under one plan model
 * ("as-published" or "recommended"): the study rows (labels, printed arms,
 * conversions, flags, sources) ready for a forest plot, the pooled result when
 * at least `minStudies` studies are usable, and otherwise what is there with a
 * plain statement of what is missing. Warns when change scores and final values
 * are pooled together.
 */
import type { EvidenceBase } from '../../review/evidence/evidence-base.js';
import { effectMeaning, favoursLabels, type FavoursLabels } from '../../review/evidence/favours.js';
import type { Plan, PlannedAnalysis } from '../../review/evidence/plans.js';
import { studyComparisons, type StudyComparison } from './comparisons.js';
import type { PooledEvidence, StudyEffect } from './pooled-evidence.js';
import { poolRows, studyEffects } from './pool.js';

export interface EvidenceStudyRow extends StudyComparison {
  /** null when the study cannot be pooled (see `missing`). */
  readonly effect: StudyEffect | null;
}

export interface EvidenceAnalysisResult {
  readonly id: string;
  readonly title: string;
  readonly condition: string;
  readonly outcome: string;
  readonly outcomeLabel: string;
  readonly measure: PlannedAnalysis['measure'];
  readonly favours: FavoursLabels;
  readonly mirrors: readonly string[];
  readonly subgroupBy: string | null;
  /** 'pooled' (k ≥ minStudies), 'single-study' (one usable study: its own effect) or 'not-poolable'. */
  readonly status: 'pooled' | 'single-study' | 'not-poolable';
  readonly k: number;
  readonly studies: readonly EvidenceStudyRow[];
  readonly pooled: PooledEvidence | null;
  /** 'benefit', 'harm' or 'none' for the pooled (or single) estimate, from the outcome's direction. */
  readonly meaning: 'benefit' | 'harm' | 'none' | null;
  /** The plan's statement, then each study row that could not be used and why. */
  readonly missing: readonly string[];
  readonly warnings: readonly string[];
}

export interface EvidencePlanResult {
  readonly plan: Plan;
  readonly analyses: readonly EvidenceAnalysisResult[];
}

function runAnalysis(base: EvidenceBase, a: PlannedAnalysis, plan: Plan): EvidenceAnalysisResult {
  const def = base.dictionary[a.outcome];
  const rows = studyComparisons(base, a);
  const usable = rows.filter((r) => r.missing === null);
  const effects = usable.length > 0 ? studyEffects(usable, a.measure, plan.model) : [];
  const estimable = usable.filter((_, i) => Number.isFinite(effects[i].yi));
  const k = estimable.length;
  const pooledRun = k >= base.plans.minStudies ? poolRows(estimable, a.measure, plan.model) : undefined;
  const byId = new Map(effects.map((e) => [e.study_id, e]));
  const studies = rows.map((r) => {
    const e = byId.get(r.study_id);
    return { ...r, effect: e === undefined || !Number.isFinite(e.yi) ? null : { ...e, weight: pooledRun?.weights.get(r.study_id) ?? null } };
  });
  const missing = [a.missing, ...rows.filter((r) => r.missing !== null).map((r) => `${r.label}: ${r.missing}.`)];
  for (const r of usable.filter((_, i) => !Number.isFinite(effects[i].yi))) missing.push(`${r.label}: no events (or only events) in both arms, so no ratio can be estimated.`);
  const warnings: string[] = [];
  const types = new Set(estimable.map((r) => r.value_type));
  if (types.size > 1) warnings.push('Change scores and final values are pooled together.');
  if (a.measure === 'SMD' && types.has('change')) warnings.push('SMD of change scores: standardised by the SD of change, not comparable with an SMD of final values.');
  const single = k === 1 ? studies.find((s) => s.effect !== null)?.effect ?? null : null;
  const estimate = pooledRun?.pooled.estimate ?? single?.estimate;
  return {
    id: a.id,
    title: a.title,
    condition: a.condition,
    outcome: a.outcome,
    outcomeLabel: def.label,
    measure: a.measure,
    favours: favoursLabels(def, a.measure),
    mirrors: a.mirrors,
    subgroupBy: a.subgroupBy ?? null,
    status: pooledRun ? 'pooled' : k === 1 ? 'single-study' : 'not-poolable',
    k,
    studies,
    pooled: pooledRun?.pooled ?? null,
    meaning: estimate === undefined ? null : effectMeaning(def, a.measure, estimate),
    missing,
    warnings,
  };
}

/** Runs the plan named `planId` ('as-published' or 'recommended'). */
export function runEvidencePlan(base: EvidenceBase, planId: string): EvidencePlanResult {
  const plan = base.plans.plans.find((p) => p.id === planId);
  if (plan === undefined) {
    throw new Error(`Unknown plan '${planId}': use one of ${base.plans.plans.map((p) => p.id).join(', ')}.`);
  }
  return { plan, analyses: base.plans.analyses.map((a) => runAnalysis(base, a, plan)) };
}
