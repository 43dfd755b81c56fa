/**
 * Domain 2, bias due to deviations from intended interventions, effect of assignment
 * (intention to treat): the RoB 2 guidance's algorithm (Higgins et al. 2019, full guidance of 22 August 2019),
 * in two parts; the domain is low if both are low, high if either is high, else some concerns.
 * Part 1: 2.1 and 2.2 (participants, carers aware?) both N/PN → low; otherwise
 *   2.3 (deviations because of the trial context?) N/PN → low, NI → some concerns, Y/PY →
 *   2.4 (likely to affect the outcome?) N/PN → some concerns, Y/PY/NI →
 *   2.5 (balanced between groups?) Y/PY → some concerns, N/PN/NI → high.
 * Part 2: 2.6 (appropriate analysis?) Y/PY → low; N/PN/NI →
 *   2.7 (substantial impact of the failure?) N/PN → some concerns, Y/PY/NI → high.
 */
import type { Answer, Answers, DomainJudgement, DomainSuggestion } from './types.js';
import { ni, no, walk, yes } from './walk.js';

function part1(q: (id: string) => Answer): DomainJudgement {
  if (no(q('2.1')) && no(q('2.2'))) return 'low';
  const context = q('2.3');
  if (no(context)) return 'low';
  if (ni(context)) return 'some';
  if (no(q('2.4'))) return 'some';
  return yes(q('2.5')) ? 'some' : 'high';
}

function part2(q: (id: string) => Answer): DomainJudgement {
  if (yes(q('2.6'))) return 'low';
  return no(q('2.7')) ? 'some' : 'high';
}

export const worst = (a: DomainJudgement, b: DomainJudgement): DomainJudgement =>
  a === 'high' || b === 'high' ? 'high' : a === 'some' || b === 'some' ? 'some' : 'low';

export function domain2Assignment(answers: Answers): DomainSuggestion {
  return walk(answers, (q) => worst(part1(q), part2(q)));
}
