/** Runs the single-arm analyses of the evidence base under one plan model ('as-published' or 'recommended'). */
import type { EvidenceBase } from '../../review/evidence/evidence-base.js';
import type { Plan } from '../../review/evidence/plans.js';
import { poolPrePost } from './prepost.js';
import { poolProportions } from './proportions.js';
import type { SingleArmResult } from './single-arm-types.js';

export interface SingleArmPlanResult {
  readonly plan: Plan;
  readonly analyses: readonly SingleArmResult[];
}

export function runSingleArmPlan(base: EvidenceBase, planId: string): SingleArmPlanResult {
  const plan = base.plans.plans.find((p) => p.id === planId);
  if (plan === undefined) throw new Error(`Unknown plan '${planId}': use one of ${base.plans.plans.map((p) => p.id).join(', ')}.`);
  return {
    plan,
    analyses: base.plans.singleArm.analyses.map((a) => (a.kind === 'proportion' ? poolProportions(base, a, plan) : poolPrePost(base, a, plan))),
  };
}
