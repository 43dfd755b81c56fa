/**
 * Domain 5, bias in selection of the reported result: the RoB 2 guidance's algorithm
 * (Higgins et al. 2019, full guidance of 22 August 2019).
 *   5.2 (selected from several outcome measurements?) or 5.3 (from several analyses?) Y/PY → high;
 *   either NI (the other N/PN/NI) → some concerns;
 *   both N/PN: 5.1 (analysed as pre-specified?) Y/PY → low, N/PN/NI → some concerns.
 */
import type { Answers, DomainSuggestion } from './types.js';
import { ni, walk, yes } from './walk.js';

export function domain5(answers: Answers): DomainSuggestion {
  return walk(answers, (q) => {
    const measures = q('5.2');
    const analyses = q('5.3');
    if (yes(measures) || yes(analyses)) return 'high';
    if (ni(measures) || ni(analyses)) return 'some';
    return yes(q('5.1')) ? 'low' : 'some';
  });
}
