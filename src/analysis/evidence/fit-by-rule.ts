/**
 * A plan model's choice between fixed and random effects, for study estimates
 * yᵢ, vᵢ given directly (the single-arm analyses, and the recommended plan's
 * comparative ones). "i2-threshold" (RevMan conventions): the inverse-variance
 * fixed effect when its I² is at most the threshold, DerSimonian–Laird random
 * effects with a z test otherwise — for estimates entered as generic inverse
 * variance this is exactly what RevMan 5 does (Q around the IV estimate, the
 * same DL τ², the same z). Comparative analyses under "i2-threshold" do not come
 * here: they are pooled by revman-pool.ts on RevMan's own terms (M-H, zero cells).
 * "fixed-choice": always the plan's τ² method and test (REML with Knapp–Hartung).
 */
import { rma } from '../../stats/models/rma.js';
import type { PooledResult } from '../../stats/models/types.js';
import type { PlanModel } from '../../review/evidence/plans.js';

export interface RuleFit {
  readonly fit: PooledResult;
  readonly kind: 'fixed' | 'random';
  readonly choice: string;
}

export function fitByRule(yi: readonly number[], vi: readonly number[], model: PlanModel): RuleFit {
  if (model.rule === 'fixed-choice') {
    return {
      fit: rma(yi, vi, { method: model.method, test: model.test }),
      kind: 'random',
      choice: `${model.method} random effects${model.test === 'knha' ? ' with the Knapp–Hartung test' : ''}, whatever the heterogeneity (plan rule).`,
    };
  }
  const fixed = rma(yi, vi, { method: 'FE' });
  const name = 'inverse-variance fixed effect';
  if (fixed.I2 > model.i2Threshold) {
    return {
      fit: rma(yi, vi, { method: 'DL', test: 'z' }),
      kind: 'random',
      choice: `I² = ${fixed.I2.toFixed(0)}% under the ${name} fit exceeds ${model.i2Threshold}%: DerSimonian–Laird random effects (plan rule).`,
    };
  }
  return { fit: fixed, kind: 'fixed', choice: `I² = ${fixed.I2.toFixed(0)}% is at most ${model.i2Threshold}%: ${name} (plan rule).` };
}
