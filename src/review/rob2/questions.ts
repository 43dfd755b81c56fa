/**
 * RoB 2's signalling questions, shortened (the full wording and elaborations are in the
 * guidance: Higgins et al. 2019, "Revised Cochrane risk-of-bias tool for randomized
 * trials (RoB 2)"; Sterne et al. 2019, BMJ 366:l4898). Domain 2 depends on the
 * effect of interest. 3.2 is the one question the guidance offers without "No information"
 * (its options are NA / Y / PY / PN / N).
 */
import type { Answer, DomainId, Rob2Effect } from './types.js';

export interface Question {
  readonly id: string;
  readonly text: string;
  /** The answers the guidance offers when not every one of Y / PY / PN / N / NI is. */
  readonly options?: readonly Answer[];
}

const q = (id: string, text: string, options?: readonly Answer[]): Question => ({ id, text, ...(options ? { options } : {}) });

const D1 = [q('1.1', 'Was the allocation sequence random?'), q('1.2', 'Was the allocation sequence concealed until participants were enrolled and assigned?'), q('1.3', 'Did baseline differences between groups suggest a problem with the randomisation process?')];
const D2_COMMON = [q('2.1', 'Were participants aware of their assigned intervention during the trial?'), q('2.2', 'Were carers and people delivering the interventions aware of assignment?')];
const D2_ASSIGNMENT = [
  ...D2_COMMON,
  q('2.3', 'Were there deviations from the intended intervention that arose because of the trial context?'),
  q('2.4', 'Were these deviations likely to have affected the outcome?'),
  q('2.5', 'Were these deviations balanced between groups?'),
  q('2.6', 'Was an appropriate analysis used to estimate the effect of assignment to intervention?'),
  q('2.7', 'Was there potential for a substantial impact (on the result) of the failure to analyse participants in the group to which they were randomised?'),
];
const D2_ADHERING = [
  ...D2_COMMON,
  q('2.3', 'Were important non-protocol interventions balanced across intervention groups?'),
  q('2.4', 'Were there failures in implementing the intervention that could have affected the outcome?'),
  q('2.5', 'Was there non-adherence to the assigned intervention regimen that could have affected outcomes?'),
  q('2.6', 'Was an appropriate analysis used to estimate the effect of adhering to the intervention?'),
];
const D3 = [q('3.1', 'Were data for this outcome available for all, or nearly all, participants randomised?'), q('3.2', 'Is there evidence that the result was not biased by missing outcome data?', ['Y', 'PY', 'PN', 'N']), q('3.3', 'Could missingness in the outcome depend on its true value?'), q('3.4', 'Is it likely that missingness in the outcome depended on its true value?')];
const D4 = [
  q('4.1', 'Was the method of measuring the outcome inappropriate?'),
  q('4.2', 'Could measurement or ascertainment of the outcome have differed between groups?'),
  q('4.3', 'Were outcome assessors aware of the intervention received by participants?'),
  q('4.4', 'Could assessment of the outcome have been influenced by knowledge of intervention received?'),
  q('4.5', 'Is it likely that assessment of the outcome was influenced by knowledge of intervention received?'),
];
const D5 = [
  q('5.1', 'Were the data analysed in accordance with a pre-specified analysis plan finalised before unblinded outcome data were available?'),
  q('5.2', 'Was the result likely selected, on the basis of the results, from multiple eligible outcome measurements?'),
  q('5.3', 'Was the result likely selected, on the basis of the results, from multiple eligible analyses of the data?'),
];

export function questions(domain: DomainId, effect: Rob2Effect = 'assignment'): readonly Question[] {
  return { D1, D2: effect === 'adhering' ? D2_ADHERING : D2_ASSIGNMENT, D3, D4, D5 }[domain];
}
