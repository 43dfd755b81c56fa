/**
 * A RoB 2 judgement as people write it: "Low", "low risk", "Some concerns", "High",
 * "NI", "No information", robvis's one-letter codes (l, s, h, n) or the plot's symbols
 * (+ − × ?), any case, any spacing. "Unclear" is RoB 1's word and maps to neither
 * "some concerns" nor "no information" without a judgement call, so it is refused.
 */
import type { Judgement } from '../../plot/rob/judgements.js';

const WORDS: Readonly<Record<string, Judgement>> = {
  low: 'low', 'low risk': 'low', 'low risk of bias': 'low', l: 'low', '+': 'low',
  'some concerns': 'some', 'some concern': 'some', some: 'some', concerns: 'some', s: 'some', '-': 'some', '−': 'some', '!': 'some',
  high: 'high', 'high risk': 'high', 'high risk of bias': 'high', h: 'high', x: 'high', '×': 'high',
  'no information': 'none', 'no info': 'none', ni: 'none', 'n/i': 'none', n: 'none', '?': 'none', 'not reported': 'none',
};

export type JudgementParse = { readonly ok: true; readonly value: Judgement } | { readonly ok: false; readonly reason: string };

export function parseJudgement(cell: string): JudgementParse {
  const key = cell.trim().toLowerCase().replace(/[\s_]+/g, ' ').replace(/\.$/, '');
  const value = WORDS[key];
  if (value !== undefined) return { ok: true, value };
  const expected = "write Low, Some concerns, High or No information (NI)";
  if (key === '') return { ok: false, reason: `the judgement is missing: ${expected}` };
  if (key.startsWith('unclear')) return { ok: false, reason: `'${cell.trim()}' is a RoB 1 judgement; RoB 2 has no 'unclear': ${expected}` };
  return { ok: false, reason: `'${cell.trim()}' is not a RoB 2 judgement: ${expected}` };
}
