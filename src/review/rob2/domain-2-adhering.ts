/**
 * Domain 2, bias due to deviations from intended interventions, effect of adhering
 * (per protocol): the RoB 2 guidance's algorithm (Higgins et al. 2019, full guidance of
 * 22 August 2019, domain 2 "effect of adhering" algorithm and its criteria table).
 *   2.1 and 2.2 (participants, carers aware?) both N/PN → go to 2.4/2.5; otherwise
 *   2.3 (important non-protocol interventions balanced?) Y/PY/NA → go to 2.4/2.5, N/PN/NI → 2.6.
 *   2.4 (implementation failures that could affect the outcome?) and 2.5 (non-adherence
 *   that could affect it?) both N/PN/NA → low; either Y/PY/NI → 2.6.
 *   2.6 (appropriate analysis of the effect of adhering?) Y/PY → some concerns, N/PN/NI → high.
 * 2.3, 2.4 and 2.5 are asked "if applicable" (the review's preliminary considerations say
 * which deviations it addresses): an unanswered one is read as NA, not as missing.
 */
import type { Answers, DomainSuggestion } from './types.js';
import { no, walk, yes } from './walk.js';

export function domain2Adhering(answers: Answers): DomainSuggestion {
  return walk(answers, (q, optional) => {
    const toAnalysis = () => (yes(q('2.6')) ? 'some' : 'high');
    const aware = !(no(q('2.1')) && no(q('2.2')));
    if (aware) {
      const balanced = optional('2.3');
      if (balanced !== undefined && !yes(balanced)) return toAnalysis();
    }
    const affects = (id: string) => {
      const a = optional(id);
      return a !== undefined && !no(a);
    };
    const failures = affects('2.4');
    const nonAdherence = affects('2.5');
    return failures || nonAdherence ? toAnalysis() : 'low';
  });
}
