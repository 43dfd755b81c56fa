/**
 * Runs one of RoB 2's flowcharts on a set of answers, recording the questions it reads;
 * a question it needs that has no answer stops it with a null judgement and that
 * question listed as missing. Questions the guidance asks only "if applicable" (those
 * whose options include NA where the flowchart reads them, e.g. 2.3–2.5 for the effect
 * of adhering) are read with the second reader, which takes no answer as "not applicable".
 */
import type { Answer, Answers, DomainJudgement, DomainSuggestion } from './types.js';

export const yes = (a: Answer): boolean => a === 'Y' || a === 'PY';
export const no = (a: Answer): boolean => a === 'N' || a === 'PN';
export const ni = (a: Answer): boolean => a === 'NI';

class Unanswered {
  constructor(readonly question: string) {}
}

/** Reads a question the flowchart needs answered. */
export type Ask = (id: string) => Answer;
/** Reads an "if applicable" question: undefined means not applicable (NA). */
export type AskIfApplicable = (id: string) => Answer | undefined;

export function walk(answers: Answers, flowchart: (q: Ask, optional: AskIfApplicable) => DomainJudgement): DomainSuggestion {
  const path: string[] = [];
  const notApplicable: string[] = [];
  const ask = (id: string): Answer => {
    path.push(id);
    const a = answers[id];
    if (a === undefined) throw new Unanswered(id);
    return a;
  };
  const optional = (id: string): Answer | undefined => {
    path.push(id);
    if (answers[id] === undefined) notApplicable.push(id);
    return answers[id];
  };
  try {
    return { judgement: flowchart(ask, optional), path, missing: [], notApplicable };
  } catch (e) {
    if (e instanceof Unanswered) return { judgement: null, path, missing: [e.question], notApplicable };
    throw e;
  }
}
