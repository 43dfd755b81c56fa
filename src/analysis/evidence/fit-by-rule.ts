/**
 * A plan model's choice between fixed and random effects, for study estimates
 * yᵢ, vᵢ. "i2-threshold" (RevMan conventions): the fixed-effect fit (the one
 * given, e.g. Mantel–Haenszel, or inverse variance) when its I² is at most the
 * threshold, DerSimonian–Laird random effects with a z test otherwise.
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

export function fitByRule(yi: readonly number[], vi: readonly number[], model: PlanModel, fixedFit?: PooledResult): RuleFit {
  if (model.rule === 'fixed-choice') {
    return {
      fit: rma(yi, vi, { method: model.method, test: model.test }),
      kind: 'random',
      choice: `${model.method} random effects${model.test === 'knha' ? ' with the Knapp–Hartung test' : ''}, whatever the heterogeneity (plan rule).`,
    };
  }
  const fixed = fixedFit ?? rma(yi, vi, { method: 'FE' });
  const name = fixed.model === 'rma.mh' ? 'Mantel–Haenszel fixed effect' : 'inverse-variance fixed effect';
  if (fixed.I2 > model.i2Threshold) {
    return {
      fit: rma(yi, vi, { method: 'DL', test: 'z' }),
      kind: 'random',
      choice: `I² = ${fixed.I2.toFixed(0)}% under the ${name} fit exceeds ${model.i2Threshold}%: DerSimonian–Laird random effects (plan rule).`,
    };
  }
  return { fit: fixed, kind: 'fixed', choice: `I² = ${fixed.I2.toFixed(0)}% is at most ${model.i2Threshold}%: ${name} (plan rule).` };
}
