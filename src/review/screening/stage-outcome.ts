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
  const base = { recordId, stage, decisions, resolution };
  if (resolution) return { ...base, state: 'resolved', verdict: resolution.verdict, reason: resolution.reason, conflict: null };
  const pending = { ...base, state: 'pending', verdict: null, reason: null, conflict: null } as const;
  if (decisions.length < required || decisions.length === 0) return pending;
  const [first] = decisions;
  const same = decisions.every((d) => d.verdict === first.verdict && (d.verdict !== 'exclude' || d.reason === first.reason));
  if (!same) return { ...base, state: 'conflict', verdict: null, reason: null, conflict: 'disagreement' };
  if (stage === 'full_text' && first.verdict === 'maybe') return { ...base, state: 'conflict', verdict: null, reason: null, conflict: 'maybe' };
  return { ...base, state: 'agreed', verdict: first.verdict, reason: first.reason, conflict: null };
}

/** Outcomes of every (record, stage) pair with a decision or a resolution, keyed by pairKey. */
export function stageOutcomes(decisions: readonly Decision[], resolutions: readonly Resolution[], required: number): Map<string, StageOutcome> {
  const byPair = groupByPair(decisions);
  const resolved = new Map(resolutions.map((r) => [pairKey(r.recordId, r.stage), r]));
  const keys = new Set([...byPair.keys(), ...resolved.keys()]);
  const out = new Map<string, StageOutcome>();
  for (const k of keys) {
    const ds = byPair.get(k) ?? [];
    const r = resolved.get(k) ?? null;
    const { recordId, stage } = ds[0] ?? r!;
    out.set(k, stageOutcome(recordId, stage, ds, r, required));
  }
  return out;
}
