import { describe, expect, it } from 'vitest';
import { conflicts, stageOutcome } from '../../../src/review/screening/index.js';
import { FT, TA, dec, ledger, res } from './helpers.js';

describe('stageOutcome()', () => {
  it('stageOutcome() is pending until the required reviewers have decided', () => {
    expect(stageOutcome(1, TA, [dec(1, TA, 'ana', 'include')], null, 2).state).toBe('pending');
    expect(stageOutcome(1, TA, [], null, 2).state).toBe('pending');
  });

  it('stageOutcome() agrees on equal verdicts, and on maybe at title/abstract', () => {
    const o = stageOutcome(1, TA, [dec(1, TA, 'ana', 'maybe'), dec(1, TA, 'bo', 'maybe')], null, 2);
    expect([o.state, o.verdict]).toEqual(['agreed', 'maybe']);
  });

  it('stageOutcome() is a conflict when verdicts differ, include versus maybe too', () => {
    const o = stageOutcome(1, TA, [dec(1, TA, 'ana', 'include'), dec(1, TA, 'bo', 'maybe')], null, 2);
    expect([o.state, o.conflict, o.verdict]).toEqual(['conflict', 'disagreement', null]);
  });

  it('stageOutcome() at full text is a conflict for two exclusion reasons, and for an agreed maybe', () => {
    expect(stageOutcome(1, FT, [dec(1, FT, 'ana', 'exclude', 'Wrong outcome'), dec(1, FT, 'bo', 'exclude', 'Not randomised')], null, 2).conflict).toBe('disagreement');
    expect(stageOutcome(1, FT, [dec(1, FT, 'ana', 'maybe'), dec(1, FT, 'bo', 'maybe')], null, 2).conflict).toBe('maybe');
    const same = stageOutcome(1, FT, [dec(1, FT, 'ana', 'exclude', 'Wrong outcome'), dec(1, FT, 'bo', 'exclude', 'Wrong outcome')], null, 2);
    expect([same.state, same.verdict, same.reason]).toEqual(['agreed', 'exclude', 'Wrong outcome']);
  });

  it('stageOutcome() takes the resolution’s verdict over the decisions', () => {
    const o = stageOutcome(1, TA, [dec(1, TA, 'ana', 'include'), dec(1, TA, 'bo', 'exclude')], res(1, TA, 'exclude', 'cai'), 2);
    expect([o.state, o.verdict, o.resolution?.by]).toEqual(['resolved', 'exclude', 'cai']);
  });

  it('stageOutcome() with one required reviewer settles on the first decision', () => {
    expect(stageOutcome(1, TA, [dec(1, TA, 'ana', 'exclude')], null, 1).state).toBe('agreed');
  });
});

describe('conflicts()', () => {
  const l = ledger([
    dec(1, TA, 'ana', 'include'), dec(1, TA, 'bo', 'exclude'),
    dec(2, TA, 'ana', 'include'), dec(2, TA, 'bo', 'include'),
    dec(3, TA, 'ana', 'include'), dec(3, TA, 'bo', 'exclude'),
    dec(4, TA, 'ana', 'exclude'),
    dec(2, FT, 'ana', 'maybe'), dec(2, FT, 'bo', 'maybe'),
  ], [res(3, TA, 'include', 'cai')]);

  it('conflicts(ledger) lists unresolved disagreements and full-text maybes', () => {
    expect(conflicts(l).map((c) => [c.recordId, c.stage, c.conflict])).toEqual([
      [1, 'title_abstract', 'disagreement'],
      [2, 'full_text', 'maybe'],
    ]);
    expect(conflicts(l)[0].decisions.map((d) => d.reviewer)).toEqual(['ana', 'bo']);
  });

  it('conflicts(ledger, stage) filters by stage', () => {
    expect(conflicts(l, FT).map((c) => c.recordId)).toEqual([2]);
  });
});
