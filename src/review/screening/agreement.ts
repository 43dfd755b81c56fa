/**
 * Agreement per stage and reviewer pair: Cohen's kappa and percent agreement over the
 * records both reviewers decided at that stage, on the three verdicts. Pass the
 * reviewers' first decisions (store.decisions({ which: 'first' })) to measure
 * independent screening: later changes, made after seeing a colleague's decision, would
 * inflate agreement.
 */
import { cohenKappa, type Kappa } from './kappa.js';
import { groupByPair } from './group.js';
import { STAGES, type Decision, type Stage } from './types.js';

export interface PairAgreement extends Kappa {
  readonly stage: Stage;
  /** The two reviewers, in alphabetical order: the first is the table's rows. */
  readonly reviewers: readonly [string, string];
}

export function agreement(decisions: readonly Decision[], stage?: Stage): PairAgreement[] {
  const pairs = new Map<string, { stage: Stage; reviewers: [string, string]; ratings: [string, string][] }>();
  for (const ds of groupByPair(decisions).values()) {
    const sorted = [...ds].sort((x, y) => (x.reviewer < y.reviewer ? -1 : x.reviewer > y.reviewer ? 1 : 0));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const [a, b] = [sorted[i], sorted[j]];
        const key = JSON.stringify([a.stage, a.reviewer, b.reviewer]);
        const g = pairs.get(key) ?? { stage: a.stage, reviewers: [a.reviewer, b.reviewer], ratings: [] };
        g.ratings.push([a.verdict, b.verdict]);
        pairs.set(key, g);
      }
    }
  }
  return [...pairs.values()]
    .filter((g) => stage === undefined || g.stage === stage)
    .sort((x, y) => STAGES.indexOf(x.stage) - STAGES.indexOf(y.stage) || x.reviewers.join('\u0000').localeCompare(y.reviewers.join('\u0000')))
    .map((g) => ({ stage: g.stage, reviewers: g.reviewers, ...cohenKappa(g.ratings) }));
}
