/**
 * Finds the records of a search that are one publication: normalise each record once,
 * block to candidate pairs, judge each pair (decide-pair.ts documents the rules and
 * thresholds), merge confident pairs by union-find, and queue uncertain pairs that the
 * merges have not already joined. Every source record stays in the result by its
 * sourceId; nothing is dropped, so a merge can be undone by removing its pairs.
 *   dedupe(records).groups // [['id_1', 'id_3'], …]
 */
import type { BibRecord } from '../records/types.js';
import { candidatePairs } from './blocking.js';
import { DEFAULT_THRESHOLDS, decidePair, type Decision, type DecisionThresholds } from './decide-pair.js';
import { pairEvidence } from './pair-evidence.js';
import { prepareRecords } from './prepare.js';
import { UnionFind } from './union-find.js';

export interface DedupeOptions {
  /** Override any of the decision thresholds. */
  readonly thresholds?: Partial<DecisionThresholds>;
  /** Blocks larger than this are not compared pairwise (default 64). */
  readonly maxBlock?: number;
}

export interface JudgedPair {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly decision: Exclude<Decision, 'distinct'>;
}

export interface DedupeResult {
  /** Groups of two or more records judged to be one publication, by sourceId, in input order. */
  readonly groups: readonly (readonly string[])[];
  /** Pairs for a person to judge, not already in one group, highest score first. */
  readonly uncertain: readonly (readonly [string, string])[];
  /** Every pair judged duplicate or uncertain, with its score and reasons. */
  readonly pairs: readonly JudgedPair[];
}

export function dedupe(records: readonly BibRecord[], options: DedupeOptions = {}): DedupeResult {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const prepared = prepareRecords(records);
  const sets = new UnionFind(records.length);
  const pairs: (JudgedPair & { i: number; j: number })[] = [];
  for (const [i, j] of candidatePairs(prepared, options.maxBlock)) {
    const a = prepared[i];
    const b = prepared[j];
    const judged = decidePair(pairEvidence(a, b), thresholds);
    if (judged.decision === 'distinct') continue;
    if (judged.decision === 'duplicate') sets.union(i, j);
    pairs.push({ i, j, a: a.id, b: b.id, score: judged.score, reasons: judged.reasons, decision: judged.decision });
  }
  const uncertain = pairs
    .filter((p) => p.decision === 'uncertain' && sets.find(p.i) !== sets.find(p.j))
    .sort((x, y) => y.score - x.score)
    .map((p) => [p.a, p.b] as const);
  return {
    groups: sets.groups().map((g) => g.map((i) => prepared[i].id)),
    uncertain,
    pairs: pairs.map(({ a, b, score, reasons, decision }) => ({ a, b, score, reasons, decision })),
  };
}
