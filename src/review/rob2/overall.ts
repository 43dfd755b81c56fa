/**
 * The overall RoB 2 judgement by the standard rule (Sterne et al. 2019, BMJ 366:l4898): low if every domain is low, high if any domain is high, some concerns
 * otherwise. The tool also allows "high" when some concerns in several domains
 * substantially lower confidence in the result; that is a reviewer's call, recorded as
 * an override with its reason (assessRob2), not something the rule guesses. Null while
 * any domain has no judgement yet.
 */
import type { DomainJudgement } from './types.js';

export function overallJudgement(domains: readonly (DomainJudgement | null)[]): DomainJudgement | null {
  if (domains.length === 0 || domains.some((d) => d === null)) return null;
  if (domains.includes('high')) return 'high';
  return domains.includes('some') ? 'some' : 'low';
}
