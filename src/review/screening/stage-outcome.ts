/**
 * Where a record stands at a stage. Agreement means every required reviewer gave the
 * same verdict (and, for a full-text exclusion, the same reason: PRISMA counts
 * exclusions by reason, so two reasons are a conflict). An agreed "maybe" settles the
 * title/abstract stage (the record goes on to full text) but not the full-text stage,
 * whose outcome must be include or exclude: it is listed as a conflict of kind "maybe".
 */
import { groupByPair, pairKey } from './group.js';
import type { Decision, RecordId, Resolution, Stage, Verdict } from './types.js';

export type StageState = 'pending' | 'agreed' | 'conflict' | 'resolved';

export interface StageOutcome {
  readonly recordId: RecordId;
  readonly stage: Stage;
  readonly state: StageState;
  /** The settled verdict (agreed or resolved); null while pending or in conflict. */
  readonly verdict: Verdict | null;
  readonly reason: string | null;
  readonly conflict: 'disagreement' | 'maybe' | null;
  readonly decisions: readonly Decision[];
  readonly resolution: Resolution | null;
}

export const isSettled = (o: StageOutcome): boolean => o.state === 'agreed' || o.state === 'resolved';

/** A record passes title/abstract screening when its settled verdict is include or maybe. */
export const passes = (o: StageOutcome | undefined): boolean => o !== undefined && isSettled(o) && o.verdict !== 'exclude';

export function stageOutcome(recordId: RecordId, stage: Stage, decisions: readonly Decision[], resolution: Resolution | null, required: number): StageOutcome {
  // Object literals written out in full (not spread from a common base): this runs once per pair on every whole-project read.
  const out = (state: StageState, verdict: Verdict | null, reason: string | null, conflict: StageOutcome['conflict']): StageOutcome => ({ recordId, stage, decisions, resolution, state, verdict, reason, conflict });
  if (resolution) return out('resolved', resolution.verdict, resolution.reason, null);
  if (decisions.length < required || decisions.length === 0) return out('pending', null, null, null);
  const first = decisions[0];
  for (const d of decisions) if (d.verdict !== first.verdict || (d.verdict === 'exclude' && d.reason !== first.reason)) return out('conflict', null, null, 'disagreement');
  if (stage === 'full_text' && first.verdict === 'maybe') return out('conflict', null, null, 'maybe');
  return out('agreed', first.verdict, first.reason, null);
}

/** Outcomes of every (record, stage) pair with a decision or a resolution, keyed by pairKey. */
export function stageOutcomes(decisions: readonly Decision[], resolutions: readonly Resolution[], required: number): Map<string, StageOutcome> {
  const byPair = groupByPair(decisions);
  const resolved = new Map(resolutions.map((r) => [pairKey(r.recordId, r.stage), r]));
  const out = new Map<string, StageOutcome>();
  for (const [k, ds] of byPair) out.set(k, stageOutcome(ds[0].recordId, ds[0].stage, ds, resolved.get(k) ?? null, required));
  for (const [k, r] of resolved) if (!byPair.has(k)) out.set(k, stageOutcome(r.recordId, r.stage, [], r, required));
  return out;
}
