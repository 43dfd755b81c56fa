/**
 * A suggested inconsistency rating from I² (in percent, as metafor reports it): above 75%
 * two levels, above 50% one, else none. The thresholds are the Cochrane Handbook's
 * (version 6, 10.10.2: 50–90% "may represent substantial", 75–100% "considerable"
 * heterogeneity); GRADE 7 (Guyatt et al. 2011, J Clin Epidemiol 64:1294) asks the
 * reviewer also to weigh overlapping CIs and the direction of effects, so this only suggests.
 */
import type { Suggestion } from './types.js';

export function suggestInconsistency(I2: number, k: number): Suggestion {
  if (!(k >= 2) || !Number.isFinite(I2)) return { levels: 0, reason: `Inconsistency cannot be judged from ${k} study${k === 1 ? '' : 'ies'}.` };
  const at = `I² = ${I2.toFixed(0)}% over ${k} studies`;
  if (I2 > 75) return { levels: 2, reason: `${at}: considerable heterogeneity (above 75%).` };
  if (I2 > 50) return { levels: 1, reason: `${at}: substantial heterogeneity (above 50%).` };
  return { levels: 0, reason: `${at}: not serious (50% or less).` };
}
