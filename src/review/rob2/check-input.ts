/**
 * An assessor's RoB 2 entry on arrival: known question numbers for the effect chosen,
 * answers from Y / PY / PN / N / NI (3.2 without NI, as in the guidance), and every
 * override with a judgement and a reason.
 */
import { questions } from './questions.js';
import { ANSWERS, DOMAIN_IDS, DOMAIN_JUDGEMENTS, Rob2Error, type Rob2Input } from './types.js';

export function checkRob2Input(input: Rob2Input): void {
  const effect = input.effect ?? 'assignment';
  if (effect !== 'assignment' && effect !== 'adhering') throw new Rob2Error(`Unknown 'effect' ${JSON.stringify(effect)}: expected assignment or adhering.`);
  if (typeof input.answers !== 'object' || input.answers === null) throw new Rob2Error(`'answers' should map question numbers to answers, not ${JSON.stringify(input.answers)}.`);
  const known = new Map(DOMAIN_IDS.flatMap((d) => questions(d, effect).map((q) => [q.id, q] as const)));
  for (const [id, a] of Object.entries(input.answers)) {
    const question = known.get(id);
    if (question === undefined) throw new Rob2Error(`Unknown signalling question '${id}' (effect of ${effect}): expected one of ${[...known.keys()].join(', ')}.`);
    if (!ANSWERS.includes(a)) throw new Rob2Error(`Question ${id}: unknown answer ${JSON.stringify(a)}: expected one of ${ANSWERS.join(', ')}.`);
    if (question.options && !question.options.includes(a)) throw new Rob2Error(`Question ${id}: the guidance offers only ${question.options.join(', ')} (or no answer, not applicable), not ${a}.`);
  }
  for (const [key, o] of Object.entries(input.overrides ?? {})) {
    if (key !== 'overall' && !(DOMAIN_IDS as readonly string[]).includes(key)) throw new Rob2Error(`Unknown override '${key}': expected one of ${DOMAIN_IDS.join(', ')} or overall.`);
    if (o === undefined) continue;
    if (!DOMAIN_JUDGEMENTS.includes(o.judgement)) throw new Rob2Error(`Override of ${key}: unknown 'judgement' ${JSON.stringify(o.judgement)}: expected one of ${DOMAIN_JUDGEMENTS.join(', ')}.`);
    if (typeof o.reason !== 'string' || o.reason.trim() === '') throw new Rob2Error(`Override of ${key} needs a 'reason' (why the judgement differs from the algorithm's).`);
  }
}
