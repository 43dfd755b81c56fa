/** Which pooling methods fit a measure: Mantel–Haenszel for OR, RR and RD; Peto for odds ratios. */
import type { PoolingMethod } from '../../../src/analysis/analysis-options.js';
import type { Measure } from '../../../src/stats/effects/types.js';

const TAU_METHODS: readonly PoolingMethod[] = ['DL', 'REML', 'PM', 'PMM', 'ML', 'EB', 'HE', 'HS', 'HSk', 'SJ', 'GENQ'];

export function methodsFor(measure: Measure): PoolingMethod[] {
  return [
    ...(['OR', 'RR', 'RD'].includes(measure) ? (['MH'] as const) : []),
    ...(measure === 'OR' || measure === 'PETO' ? (['PETO'] as const) : []),
    'EE',
    'FE',
    ...TAU_METHODS,
  ];
}

/** MH and Peto are fixed-effect methods with a z test only. */
export const hasTestChoice = (method: PoolingMethod) => method !== 'MH' && method !== 'PETO';
