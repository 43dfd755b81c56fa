/**
 * Domain 4, bias in measurement of the outcome: the RoB 2 guidance's algorithm
 * (Higgins et al. 2019, full guidance of 22 August 2019).
 *   4.1 (method inappropriate?) Y/PY → high; otherwise
 *   4.2 (could measurement differ between groups?) Y/PY → high;
 *   4.2 N/PN: 4.3 (assessors aware?) N/PN → low; Y/PY/NI → 4.4 (could knowledge influence
 *     the assessment?) N/PN → low; Y/PY/NI → 4.5 (likely that it did?) N/PN → some concerns, Y/PY/NI → high.
 *   4.2 NI: the same questions, but every branch that would be low is some concerns.
 */
import type { Answers, DomainSuggestion } from './types.js';
import { ni, no, walk, yes } from './walk.js';

export function domain4(answers: Answers): DomainSuggestion {
  return walk(answers, (q) => {
    if (yes(q('4.1'))) return 'high';
    const differ = q('4.2');
    if (yes(differ)) return 'high';
    const otherwise = ni(differ) ? 'some' : 'low';
    if (no(q('4.3'))) return otherwise;
    if (no(q('4.4'))) return otherwise;
    return no(q('4.5')) ? 'some' : 'high';
  });
}
