/**
 * Domain 1, bias arising from the randomisation process: the algorithm for a suggested
 * judgement in the RoB 2 guidance (Higgins et al., "Revised Cochrane risk-of-bias tool
 * for randomized trials (RoB 2)", full guidance, 22 August 2019).
 *   1.2 concealed N/PN → high.
 *   1.2 Y/PY: 1.1 N/PN → some concerns; 1.1 Y/PY/NI: 1.3 N/PN/NI → low, 1.3 Y/PY → some concerns.
 *   1.2 NI: 1.3 N/PN/NI → some concerns, 1.3 Y/PY → high.
 * 1.1 random sequence? 1.2 allocation concealed? 1.3 baseline differences suggest a problem?
 */
import type { Answers, DomainSuggestion } from './types.js';
import { no, walk, yes } from './walk.js';

export function domain1(answers: Answers): DomainSuggestion {
  return walk(answers, (q) => {
    const concealed = q('1.2');
    if (no(concealed)) return 'high';
    if (yes(concealed)) {
      if (no(q('1.1'))) return 'some';
      return yes(q('1.3')) ? 'some' : 'low';
    }
    return yes(q('1.3')) ? 'high' : 'some';
  });
}
