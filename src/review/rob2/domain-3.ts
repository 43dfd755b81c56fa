/**
 * Domain 3, bias due to missing outcome data: the RoB 2 guidance's algorithm
 * (Higgins et al. 2019, full guidance of 22 August 2019).
 *   3.1 (data for all or nearly all participants?) Y/PY → low; otherwise
 *   3.2 (evidence the result is not biased?) Y/PY → low; otherwise
 *   3.3 (could missingness depend on the true value?) N/PN → low; Y/PY/NI →
 *   3.4 (is it likely that it did?) N/PN → some concerns, Y/PY/NI → high.
 * 3.2 has no NI option in the guidance (NA / Y / PY / PN / N): assessRob2 refuses it; called
 * directly, this reads an NI there as "no evidence", like N/PN.
 */
import type { Answers, DomainSuggestion } from './types.js';
import { no, walk, yes } from './walk.js';

export function domain3(answers: Answers): DomainSuggestion {
  return walk(answers, (q) => {
    if (yes(q('3.1'))) return 'low';
    if (yes(q('3.2'))) return 'low';
    if (no(q('3.3'))) return 'low';
    return no(q('3.4')) ? 'some' : 'high';
  });
}
