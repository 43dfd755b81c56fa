/**
 * Domain 2, bias due to deviations from intended interventions, effect of adhering
 * (per protocol): the RoB 2 guidance's algorithm (Higgins et al. 2019, full guidance of 22 August 2019).
 *   2.1 and 2.2 (participants, carers aware?) both N/PN → go to 2.4/2.5; otherwise
 *   2.3 (non-protocol interventions balanced?) Y/PY → go to 2.4/2.5, N/PN/NI → 2.6.
 *   2.4 (implementation failures affecting the outcome?) and 2.5 (non-adherence affecting
 *   it?) both N/PN (or unanswered as not applicable) → low; either Y/PY/NI → 2.6.
 *   2.6 (appropriate analysis of the effect of adhering?) Y/PY → some concerns, N/PN/NI → high.
 */
import type { Answers, DomainSuggestion } from './types.js';
import { no, walk, yes } from './walk.js';

export function domain2Adhering(answers: Answers): DomainSuggestion {
  return walk(answers, (q) => {
    const aware = !(no(q('2.1')) && no(q('2.2')));
    const toAnalysis = () => (yes(q('2.6')) ? 'some' : 'high');
    if (aware && !yes(q('2.3'))) return toAnalysis();
    const affects = (id: string) => answers[id] !== undefined && !no(answers[id]);
    if (affects('2.4') || affects('2.5')) return toAnalysis();
    return 'low';
  });
}
