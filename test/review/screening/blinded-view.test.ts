import { describe, expect, it } from 'vitest';
import { blindedView, isSettled, stageOutcome, type Decision, type Stage, type Verdict } from '../../../src/review/screening/index.js';
import { FT, REASONS, TA, dec, ledger, res } from './helpers.js';

// A decision by bo whose every field is a marker we can search the view's JSON for.
const secret = (recordId: number, stage: Stage, verdict: Verdict, reason: string | null = null): Decision => ({ ...dec(recordId, stage, 'bo', verdict, reason), note: `SECRET-NOTE-${recordId}` });
const leaks = (view: unknown) => /"bo"|SECRET-NOTE/.test(JSON.stringify(view));

describe('blindedView()', () => {
  it('blindedView(ledger, asker) shows nothing of a record the asker has not decided', () => {
    const l = ledger([secret(1, TA, 'exclude'), dec(2, TA, 'ana', 'include')]);
    const v = blindedView(l, 'ana');
    expect(v.map((e) => e.recordId)).toEqual([2]);
    expect(leaks(v)).toBe(false);
  });

  it('blindedView(ledger, asker) before deciding does not depend on any colleague’s decision (every verdict, both stages)', () => {
    const verdicts: Verdict[] = ['include', 'exclude', 'maybe'];
    const base = ledger([dec(9, TA, 'ana', 'include')]);
    const expected = JSON.stringify(blindedView(base, 'ana'));
    for (const stage of [TA, FT]) {
      for (const v of verdicts) {
        const reason = stage === FT && v === 'exclude' ? REASONS[0] : null;
        const l = ledger([...base.decisions, secret(1, stage, v, reason), dec(1, stage, 'cai', v, reason)]);
        expect(JSON.stringify(blindedView(l, 'ana')), `${stage} ${v}`).toBe(expected);
      }
    }
  });

  it('blindedView(ledger, asker) after deciding shows only "awaiting" until the pair is settled, whatever the colleague did', () => {
    const verdicts: Verdict[] = ['include', 'exclude', 'maybe'];
    for (const stage of [TA, FT]) {
      for (const a of verdicts) {
        for (const b of [...verdicts, null]) {
          const ra = stage === FT && a === 'exclude' ? REASONS[0] : null;
          const rb = stage === FT && b === 'exclude' ? REASONS[1] : null; // a different reason: a conflict
          const mine = dec(1, stage, 'ana', a, ra);
          const ds = b === null ? [mine] : [mine, secret(1, stage, b, rb)];
          if (isSettled(stageOutcome(1, stage, ds, null, 2))) continue;
          const v = blindedView(ledger(ds), 'ana');
          expect(v, `${stage} ${a} ${b}`).toEqual(blindedView(ledger([mine]), 'ana'));
          expect(v).toEqual([{ recordId: 1, stage, state: 'awaiting', mine, others: [], outcome: null }]);
          expect(leaks(v)).toBe(false);
        }
      }
    }
  });

  it('blindedView(ledger, asker) shows the colleague’s decision once both agree', () => {
    const mine = dec(1, TA, 'ana', 'include');
    const v = blindedView(ledger([mine, secret(1, TA, 'include')]), 'ana');
    expect(v).toEqual([{ recordId: 1, stage: TA, state: 'settled', mine, others: [secret(1, TA, 'include')], outcome: { verdict: 'include', reason: null, resolution: null } }]);
  });

  it('blindedView(ledger, asker) shows the conflicting decision and the resolution once resolved', () => {
    const ds = [dec(1, FT, 'ana', 'include'), secret(1, FT, 'exclude', REASONS[2])];
    const r = res(1, FT, 'exclude', 'cai', 'third_reviewer', REASONS[2]);
    const [e] = blindedView(ledger(ds, [r]), 'ana');
    expect(e.state).toBe('settled');
    expect(e.others.map((d) => [d.reviewer, d.verdict, d.reason])).toEqual([['bo', 'exclude', 'Wrong outcome']]);
    expect(e.outcome).toEqual({ verdict: 'exclude', reason: 'Wrong outcome', resolution: r });
  });

  it('blindedView(ledger, resolver) shows conflicts in full, and nothing of records still awaiting a decision', () => {
    const l = ledger([dec(1, TA, 'ana', 'include'), secret(1, TA, 'exclude'), dec(2, TA, 'ana', 'include'), secret(3, TA, 'maybe')]);
    const v = blindedView(l, 'cai');
    expect(v.map((e) => [e.recordId, e.state, e.mine, e.others.map((d) => d.reviewer)])).toEqual([[1, 'conflict', null, ['ana', 'bo']]]);
  });

  it('blindedView(ledger, asker) never shows a non-resolver a conflict it is not part of', () => {
    const l = ledger([secret(1, TA, 'include'), dec(1, TA, 'cai', 'exclude')]);
    expect(blindedView(l, 'ana')).toEqual([]);
  });

  it('blindedView(ledger, unknown reviewer) is empty', () => {
    expect(blindedView(ledger([dec(1, TA, 'ana', 'include'), secret(1, TA, 'include')]), 'zed')).toEqual([]);
  });
});
