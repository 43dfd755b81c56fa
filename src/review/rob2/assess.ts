/**
 * One RoB 2 assessment: each domain's suggested judgement from the guidance's
 * algorithms (domain1 … domain5), the reviewer's override where given (with its reason),
 * and the overall judgement by the standard rule on the domains' final judgements, which
 * the reviewer may override too (e.g. several domains of some concerns judged high).
 */
import { checkRob2Input } from './check-input.js';
import { domain1 } from './domain-1.js';
import { domain2Adhering } from './domain-2-adhering.js';
import { domain2Assignment } from './domain-2-assignment.js';
import { domain3 } from './domain-3.js';
import { domain4 } from './domain-4.js';
import { domain5 } from './domain-5.js';
import { overallJudgement } from './overall.js';
import { DOMAIN_IDS, type Answers, type DomainId, type DomainSuggestion, type Rob2Assessment, type Rob2Input } from './types.js';

const ALGORITHMS: Readonly<Record<Exclude<DomainId, 'D2'>, (a: Answers) => DomainSuggestion>> = { D1: domain1, D3: domain3, D4: domain4, D5: domain5 };

export function assessRob2(input: Rob2Input): Rob2Assessment {
  checkRob2Input(input);
  const effect = input.effect ?? 'assignment';
  const domains = DOMAIN_IDS.map((domain) => {
    const run = domain === 'D2' ? (effect === 'adhering' ? domain2Adhering : domain2Assignment) : ALGORITHMS[domain];
    const suggested = run(input.answers);
    const override = input.overrides?.[domain] ?? null;
    return { domain, suggested, judgement: override?.judgement ?? suggested.judgement, override };
  });
  const suggestedOverall = overallJudgement(domains.map((d) => d.judgement));
  const overallOverride = input.overrides?.overall ?? null;
  return { effect, domains, suggestedOverall, overall: overallOverride?.judgement ?? suggestedOverall, overallOverride };
}
