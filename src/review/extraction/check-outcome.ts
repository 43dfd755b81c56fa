/** An outcome definition must say what it measures, in what unit, when, and which direction is better. */
import { ExtractionError, OUTCOME_TYPES, type OutcomeInput } from './types.js';

export function checkOutcome(o: OutcomeInput): void {
  for (const f of ['name', 'unit', 'timepoint'] as const) {
    if (typeof o[f] !== 'string' || o[f].trim() === '') throw new ExtractionError(`Outcome '${f}' should be text, not ${JSON.stringify(o[f])}.`, f);
  }
  if (!OUTCOME_TYPES.includes(o.type)) throw new ExtractionError(`Unknown outcome 'type' ${JSON.stringify(o.type)}: expected one of ${OUTCOME_TYPES.join(', ')}.`, 'type');
  if (typeof o.lowerIsBetter !== 'boolean') throw new ExtractionError(`Outcome 'lowerIsBetter' should be true or false, not ${JSON.stringify(o.lowerIsBetter)}.`, 'lowerIsBetter');
}
