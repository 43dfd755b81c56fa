/**
 * An assessment as one row of the risk-of-bias plots (robPlot in src/plot/rob): the five
 * domains' final judgements and the overall one, "none" (no information, drawn "?")
 * where the assessment is not complete.
 */
import type { RobStudy } from '../../plot/rob/judgements.js';
import type { Rob2Assessment } from './types.js';

export function robStudy(study: string, a: Rob2Assessment, weight?: number): RobStudy {
  const domains = a.domains.map((d) => d.judgement ?? 'none');
  return {
    study,
    domains: [domains[0], domains[1], domains[2], domains[3], domains[4]],
    overall: a.overall ?? 'none',
    ...(weight === undefined ? {} : { weight }),
  };
}
