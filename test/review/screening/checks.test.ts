import { describe, expect, it } from 'vitest';
import { ScreeningError, checkDecision, checkResolution, stageOutcome, type DecisionContext, type DecisionInput, type ResolutionInput } from '../../../src/review/screening/index.js';
import { FT, REASONS, REVIEWERS, TA, dec, res } from './helpers.js';

const taIncluded = stageOutcome(1, TA, [dec(1, TA, 'ana', 'include'), dec(1, TA, 'bo', 'maybe')], res(1, TA, 'include', 'cai'), 2);
const ctx = (over: Partial<DecisionContext> = {}): DecisionContext => ({ reviewer: REVIEWERS[0], reasons: REASONS, required: 2, decisions: [], duplicateOf: null, titleAbstract: undefined, ...over });
const input = (over: Partial<DecisionInput> = {}): DecisionInput => ({ recordId: 1, stage: TA, reviewer: 'ana', verdict: 'include', ...over });

describe('checkDecision()', () => {
  it('checkDecision() accepts a first title/abstract decision', () => {
    expect(() => checkDecision(input(), ctx())).not.toThrow();
  });

  it('checkDecision() names an unknown reviewer, stage or verdict', () => {
    expect(() => checkDecision(input({ reviewer: 'zed' }), ctx({ reviewer: undefined }))).toThrow(/Unknown 'reviewer' "zed"/);
    expect(() => checkDecision(input({ stage: 'abstract' as never }), ctx())).toThrow(/Unknown 'stage' "abstract"/);
    expect(() => checkDecision(input({ verdict: 'yes' as never }), ctx())).toThrow(/Unknown 'verdict' "yes": expected one of include, exclude, maybe/);
  });

  it('checkDecision() wants a listed reason for a full-text exclusion and none elsewhere', () => {
    const ft = { stage: FT, verdict: 'exclude' } as const;
    expect(() => checkDecision(input(ft), ctx({ titleAbstract: taIncluded }))).toThrow(ScreeningError);
    expect(() => checkDecision(input({ ...ft, reason: 'Too old' }), ctx({ titleAbstract: taIncluded }))).toThrow(/Unknown exclusion 'reason' "Too old"/);
    expect(() => checkDecision(input({ ...ft, reason: 'Wrong outcome' }), ctx({ titleAbstract: taIncluded }))).not.toThrow();
    expect(() => checkDecision(input({ verdict: 'exclude', reason: 'Wrong outcome' }), ctx())).toThrow(/full-text exclusions only/);
  });

  it('checkDecision() refuses full text before the record passed title/abstract', () => {
    const excluded = stageOutcome(1, TA, [dec(1, TA, 'ana', 'exclude'), dec(1, TA, 'bo', 'exclude')], null, 2);
    expect(() => checkDecision(input({ stage: FT }), ctx())).toThrow(/has not passed title\/abstract screening \(no decisions\)/);
    expect(() => checkDecision(input({ stage: FT }), ctx({ titleAbstract: excluded }))).toThrow(/agreed: exclude/);
  });

  it('checkDecision() refuses a removed duplicate', () => {
    expect(() => checkDecision(input(), ctx({ duplicateOf: 7 }))).toThrow(/merged into record 7/);
  });

  it('checkDecision() refuses a third independent decision but lets a reviewer change theirs', () => {
    const two = [dec(1, TA, 'bo', 'include'), dec(1, TA, 'cai', 'exclude')];
    expect(() => checkDecision(input(), ctx({ decisions: two }))).toThrow(/already has its 2 independent decisions/);
    expect(() => checkDecision(input({ reviewer: 'bo', verdict: 'exclude' }), ctx({ reviewer: REVIEWERS[1], decisions: two }))).not.toThrow();
  });
});

describe('checkResolution()', () => {
  const conflict = stageOutcome(1, TA, [dec(1, TA, 'ana', 'include'), dec(1, TA, 'bo', 'exclude')], null, 2);
  const r = (over: Partial<ResolutionInput> = {}): ResolutionInput => ({ recordId: 1, stage: TA, verdict: 'include', method: 'third_reviewer', by: 'cai', why: 'Population fits', ...over });
  const rc = { resolver: REVIEWERS[2], reasons: REASONS, outcome: conflict };

  it('checkResolution() accepts a third reviewer who is a resolver', () => {
    expect(() => checkResolution(r(), rc)).not.toThrow();
  });

  it('checkResolution() refuses a third reviewer who decided, or who is no resolver', () => {
    expect(() => checkResolution(r({ by: 'ana' }), { ...rc, resolver: REVIEWERS[0] })).toThrow(/cannot resolve it as a third reviewer/);
    const notDecided = stageOutcome(1, TA, [dec(1, TA, 'ana', 'include'), dec(1, TA, 'cai', 'exclude')], null, 2);
    expect(() => checkResolution(r({ by: 'bo' }), { ...rc, resolver: REVIEWERS[1], outcome: notDecided })).toThrow(/'bo' is not a resolver/);
  });

  it('checkResolution() takes an agreement from one of the two who decided', () => {
    expect(() => checkResolution(r({ method: 'agreement', by: 'ana' }), { ...rc, resolver: REVIEWERS[0] })).not.toThrow();
    expect(() => checkResolution(r({ method: 'agreement' }), rc)).toThrow(/by 'agreement' is recorded by one of the reviewers/);
  });

  it('checkResolution() needs a conflict and a why', () => {
    const agreed = stageOutcome(1, TA, [dec(1, TA, 'ana', 'include'), dec(1, TA, 'bo', 'include')], null, 2);
    expect(() => checkResolution(r(), { ...rc, outcome: agreed })).toThrow(/the reviewers agree \(include\)/);
    expect(() => checkResolution(r(), { ...rc, outcome: undefined })).toThrow(/awaits its independent decisions/);
    expect(() => checkResolution(r({ why: ' ' }), rc)).toThrow(/needs 'why'/);
  });

  it('checkResolution() at full text must include or exclude with a reason', () => {
    const ft = stageOutcome(1, FT, [dec(1, FT, 'ana', 'maybe'), dec(1, FT, 'bo', 'maybe')], null, 2);
    expect(() => checkResolution(r({ stage: FT, verdict: 'maybe' }), { ...rc, outcome: ft })).toThrow(/not 'maybe'/);
    expect(() => checkResolution(r({ stage: FT, verdict: 'exclude' }), { ...rc, outcome: ft })).toThrow(/needs a 'reason'/);
    expect(() => checkResolution(r({ stage: FT, verdict: 'exclude', reason: 'Not randomised' }), { ...rc, outcome: ft })).not.toThrow();
  });
});
