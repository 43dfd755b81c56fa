import type { RmaUniOptions } from '../../stats/models/rma-uni.js';
import type { AnalysisOptions } from '../analysis-options.js';

/**
 * The inverse-variance model behind the extra analyses. MH and Peto have no
 * random-effects or regression form, so their diagnostics use the equal-effects
 * inverse-variance model, as metafor's functions for rma.mh and rma.peto objects do.
 */
export function uniOptions(options: AnalysisOptions): RmaUniOptions {
  const method = options.method === 'MH' || options.method === 'PETO' ? 'EE' : (options.method ?? 'REML');
  return { method, test: options.test ?? 'z', level: options.level ?? 95 };
}
