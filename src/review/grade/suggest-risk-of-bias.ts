/**
 * A suggested risk-of-bias rating from the studies' overall RoB 2 judgements and their
 * weights in the meta-analysis. GRADE 4 (Guyatt et al. 2011, J Clin Epidemiol 64:407)
 * rates down when most of the information comes from studies at high risk; this project
 * reads "most" as more than half the weight: one level when studies at some concerns or
 * high risk carry more than half, two when studies at high risk alone do. Studies without
 * a judgement ("none") count as some concerns.
 */
import type { Judgement } from '../../plot/rob/judgements.js';
import type { Suggestion } from './types.js';

export function suggestRiskOfBias(studies: readonly { readonly overall: Judgement; readonly weight: number }[]): Suggestion {
  const total = studies.reduce((s, x) => s + x.weight, 0);
  if (!(total > 0)) return { levels: 0, reason: 'No weighted studies to judge.' };
  const share = (f: (j: Judgement) => boolean) => studies.filter((s) => f(s.overall)).reduce((s, x) => s + x.weight, 0) / total;
  const high = share((j) => j === 'high');
  const notLow = share((j) => j !== 'low');
  const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
  if (high > 0.5) return { levels: 2, reason: `Studies at high risk of bias carry ${pct(high)} of the weight.` };
  if (notLow > 0.5) return { levels: 1, reason: `Studies at some concerns or high risk of bias carry ${pct(notLow)} of the weight.` };
  return { levels: 0, reason: `Studies at low risk of bias carry ${pct(1 - notLow)} of the weight.` };
}
