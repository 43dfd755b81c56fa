/**
 * Two assessors' RoB 2 entries compared: every signalling question answered differently
 * (or by one only), and every domain and the overall judgement where their final
 * judgements differ. An empty list means they agree and need no reconciliation.
 */
import { assessRob2 } from './assess.js';
import type { Rob2Input } from './types.js';

export interface Rob2Difference {
  /** A question number ("2.3"), a domain ("D2"), "overall" or "effect". */
  readonly what: string;
  readonly a: string | null;
  readonly b: string | null;
}

export function compareRob2(a: Rob2Input, b: Rob2Input): Rob2Difference[] {
  const out: Rob2Difference[] = [];
  if ((a.effect ?? 'assignment') !== (b.effect ?? 'assignment')) out.push({ what: 'effect', a: a.effect ?? 'assignment', b: b.effect ?? 'assignment' });
  const ids = [...new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])].sort((x, y) => Number(x) - Number(y));
  for (const id of ids) if (a.answers[id] !== b.answers[id]) out.push({ what: id, a: a.answers[id] ?? null, b: b.answers[id] ?? null });
  const [x, y] = [assessRob2(a), assessRob2(b)];
  x.domains.forEach((d, i) => {
    if (d.judgement !== y.domains[i].judgement) out.push({ what: d.domain, a: d.judgement, b: y.domains[i].judgement });
  });
  if (x.overall !== y.overall) out.push({ what: 'overall', a: x.overall, b: y.overall });
  return out;
}
