/**
 * Runs one of RoB 2's flowcharts on a set of answers, recording the questions it reads;
 * a question it needs that has no answer stops it with a null judgement and that
 * question listed as missing.
 */
import type { Answer, Answers, DomainJudgement, DomainSuggestion } from './types.js';

export const yes = (a: Answer): boolean => a === 'Y' || a === 'PY';
export const no = (a: Answer): boolean => a === 'N' || a === 'PN';
export const ni = (a: Answer): boolean => a === 'NI';

class Unanswered {
  constructor(readonly question: string) {}
}

export function walk(answers: Answers, flowchart: (q: (id: string) => Answer) => DomainJudgement): DomainSuggestion {
  const path: string[] = [];
  const ask = (id: string): Answer => {
    path.push(id);
    const a = answers[id];
    if (a === undefined) throw new Unanswered(id);
    return a;
  };
  try {
    return { judgement: flowchart(ask), path, missing: [] };
  } catch (e) {
    if (e instanceof Unanswered) return { judgement: null, path, missing: [e.question] };
    throw e;
  }
}
