/**
 * What a reviewer may see of the screening. The rule (after Covidence, which shows
 * conflicts to resolvers only):
 *
 * 1. Your own decisions, always.
 * 2. A colleague's decision on a record at a stage only once you have decided it there
 *    AND the pair is settled: every required reviewer agreed, or a resolution was
 *    recorded. Then you also see the outcome and the resolution (who and why).
 * 3. A resolver also sees the decisions (verdicts, reasons, notes, who) of every record
 *    that has its required decisions, settled or in conflict, so as to resolve it. A
 *    resolver cannot then add a decision there: checkDecision refuses a third decision.
 * 4. Otherwise nothing: no entry for records you have not decided; for records you have
 *    decided, the state "awaiting", whether your colleague has not decided yet or
 *    disagrees with you. Before you decide, your view does not depend on anyone
 *    else's decisions at all (test/review/screening/blinded-view.test.ts checks this).
 */
import { isSettled, stageOutcomes } from './stage-outcome.js';
import type { Decision, RecordId, Resolution, ScreeningLedger, Stage, Verdict } from './types.js';

export interface BlindedEntry {
  readonly recordId: RecordId;
  readonly stage: Stage;
  /** "awaiting": you decided, the pair is not settled (or not yet complete); "conflict": resolvers only. */
  readonly state: 'awaiting' | 'settled' | 'conflict';
  readonly mine: Decision | null;
  readonly others: readonly Decision[];
  /** The settled outcome; null unless state is "settled". */
  readonly outcome: { readonly verdict: Verdict; readonly reason: string | null; readonly resolution: Resolution | null } | null;
}

export function blindedView(ledger: ScreeningLedger, asker: string): BlindedEntry[] {
  const resolver = ledger.reviewers.find((r) => r.id === asker)?.canResolve === true;
  const out: BlindedEntry[] = [];
  for (const o of stageOutcomes(ledger.decisions, ledger.resolutions, ledger.required).values()) {
    const mine = o.decisions.find((d) => d.reviewer === asker) ?? null;
    const others = o.decisions.filter((d) => d.reviewer !== asker);
    const settled = isSettled(o);
    const complete = o.decisions.length >= ledger.required;
    const entry = { recordId: o.recordId, stage: o.stage, mine };
    if (settled && (mine !== null || resolver)) {
      out.push({ ...entry, state: 'settled', others, outcome: { verdict: o.verdict!, reason: o.reason, resolution: o.resolution } });
    } else if (resolver && complete) {
      out.push({ ...entry, state: 'conflict', others, outcome: null });
    } else if (mine !== null) {
      out.push({ ...entry, state: 'awaiting', others: [], outcome: null });
    }
  }
  return out.sort((a, b) => a.recordId - b.recordId || a.stage.localeCompare(b.stage));
}
