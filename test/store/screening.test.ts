import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScreeningError, blindedView, conflicts } from '../../src/review/screening/index.js';
import { prismaFromLedger } from '../../src/review/prisma-ledger.js';
import { prismaCounts } from '../../src/plot/prisma/counts.js';
import type { SqliteStore } from '../../src/store/index.js';
import { screeningStore } from './helpers.js';

let s: SqliteStore;
beforeEach(() => {
  s = screeningStore();
});
afterEach(() => s.close());

const TA = 'title_abstract' as const;
const FT = 'full_text' as const;

describe('SqliteStore reviewers and reasons', () => {
  it('addReviewer() and reviewers() keep the resolver role; a repeated id is refused', () => {
    expect(s.reviewers()).toEqual([
      { id: 'ana', name: 'Ana', canResolve: false },
      { id: 'bo', name: 'Bo', canResolve: false },
      { id: 'cai', name: 'Cai', canResolve: true },
    ]);
    expect(() => s.addReviewer({ id: 'ana', name: 'Another Ana', canResolve: true })).toThrow(/UNIQUE/);
  });

  it('addExclusionReason() keeps the order; exclusionReasons() lists it', () => {
    expect(s.exclusionReasons()).toEqual(['Wrong population', 'Not randomised', 'Wrong outcome']);
    expect(() => s.addExclusionReason(' ')).toThrow(/'label' should be text/);
  });
});

describe('SqliteStore.decide()', () => {
  it('decide(input) records a decision with its time', () => {
    expect(s.decide({ recordId: 1, stage: TA, reviewer: 'ana', verdict: 'include', note: 'RCT' })).toEqual({
      recordId: 1, stage: TA, reviewer: 'ana', verdict: 'include', reason: null, note: 'RCT', at: expect.stringMatching(/^2025-01-01T/),
    });
  });

  it('decide() again changes the current decision and keeps the first in history', () => {
    s.decide({ recordId: 1, stage: TA, reviewer: 'ana', verdict: 'exclude' });
    s.decide({ recordId: 1, stage: TA, reviewer: 'ana', verdict: 'maybe' });
    expect(s.decisions().map((d) => d.verdict)).toEqual(['maybe']);
    expect(s.decisions({ which: 'first' }).map((d) => d.verdict)).toEqual(['exclude']);
    expect(s.decisionHistory(1).map((d) => [d.eventId, d.verdict])).toEqual([[1, 'exclude'], [2, 'maybe']]);
  });

  it('decisions(filter) filters by stage, record and reviewer', () => {
    s.decide({ recordId: 1, stage: TA, reviewer: 'ana', verdict: 'include' });
    s.decide({ recordId: 2, stage: TA, reviewer: 'bo', verdict: 'include' });
    expect(s.decisions({ reviewer: 'bo' }).map((d) => d.recordId)).toEqual([2]);
    expect(s.decisions({ recordId: 1 }).map((d) => d.reviewer)).toEqual(['ana']);
    expect(s.decisions({ stage: FT })).toEqual([]);
  });

  it('decide() refuses what the screening rules refuse, and writes nothing', () => {
    expect(() => s.decide({ recordId: 1, stage: TA, reviewer: 'zed', verdict: 'include' })).toThrow(ScreeningError);
    expect(() => s.decide({ recordId: 1, stage: FT, reviewer: 'ana', verdict: 'include' })).toThrow(/has not passed title\/abstract/);
    expect(() => s.decide({ recordId: 42, stage: TA, reviewer: 'ana', verdict: 'include' })).toThrow(/decide: unknown record 42/);
    s.decide({ recordId: 1, stage: TA, reviewer: 'ana', verdict: 'include' });
    s.decide({ recordId: 1, stage: TA, reviewer: 'bo', verdict: 'include' });
    expect(() => s.decide({ recordId: 1, stage: TA, reviewer: 'cai', verdict: 'exclude' })).toThrow(/already has its 2 independent decisions/);
    expect(s.decisionHistory(1)).toHaveLength(2);
  });

  it('decide() refuses a record merged away as a duplicate', () => {
    s.merge([1, 2], { by: 'ana', reason: 'same DOI' });
    expect(() => s.decide({ recordId: 2, stage: TA, reviewer: 'ana', verdict: 'include' })).toThrow(/merged into record 1/);
  });

  it('decide() at full text after title/abstract, with the reason from the list', () => {
    for (const reviewer of ['ana', 'bo']) s.decide({ recordId: 1, stage: TA, reviewer, verdict: 'maybe' });
    const d = s.decide({ recordId: 1, stage: FT, reviewer: 'ana', verdict: 'exclude', reason: 'Not randomised' });
    expect(d.reason).toBe('Not randomised');
    expect(() => s.decide({ recordId: 1, stage: FT, reviewer: 'bo', verdict: 'exclude', reason: 'Too small' })).toThrow(/Unknown exclusion 'reason' "Too small"/);
  });
});

describe('SqliteStore.resolve()', () => {
  beforeEach(() => {
    s.decide({ recordId: 1, stage: TA, reviewer: 'ana', verdict: 'include' });
    s.decide({ recordId: 1, stage: TA, reviewer: 'bo', verdict: 'exclude' });
  });

  it('resolve(input) settles a conflict with who and why; the decisions stay', () => {
    const r = s.resolve({ recordId: 1, stage: TA, verdict: 'include', method: 'third_reviewer', by: 'cai', why: 'Adults with SLE: population fits' });
    expect(r).toMatchObject({ recordId: 1, verdict: 'include', method: 'third_reviewer', by: 'cai', why: 'Adults with SLE: population fits' });
    expect(s.resolutions()).toEqual([r]);
    expect(s.decisions({ recordId: 1 })).toHaveLength(2);
    expect(conflicts(s.ledger())).toEqual([]);
  });

  it('resolve() again corrects the resolution and keeps the first in history', () => {
    s.resolve({ recordId: 1, stage: TA, verdict: 'include', method: 'third_reviewer', by: 'cai', why: 'first look' });
    s.resolve({ recordId: 1, stage: TA, verdict: 'exclude', method: 'agreement', by: 'ana', why: 'discussed: not randomised' });
    expect(s.resolutions(TA).map((r) => r.verdict)).toEqual(['exclude']);
    expect(s.resolutionHistory(1).map((r) => [r.eventId, r.by, r.verdict])).toEqual([[1, 'cai', 'include'], [2, 'ana', 'exclude']]);
  });

  it('resolve() refuses a non-resolver third reviewer and a record not in conflict', () => {
    s.addReviewer({ id: 'dan', name: 'Dan', canResolve: false });
    expect(() => s.resolve({ recordId: 1, stage: TA, verdict: 'include', method: 'third_reviewer', by: 'dan', why: 'x' })).toThrow(/not a resolver/);
    expect(() => s.resolve({ recordId: 2, stage: TA, verdict: 'include', method: 'third_reviewer', by: 'cai', why: 'x' })).toThrow(/not in conflict/);
    expect(s.resolutions()).toEqual([]);
  });
});

describe('SqliteStore retrieval, settings and ledger', () => {
  it('markRetrieval() keeps every status change; the ledger lists the current not-retrieved', () => {
    s.markRetrieval(3, { status: 'not_retrieved', by: 'ana', note: 'library has no access' });
    s.markRetrieval(4, { status: 'not_retrieved', by: 'ana' });
    s.markRetrieval(4, { status: 'retrieved', by: 'bo', note: 'author sent PDF' });
    expect(s.retrievalHistory(4).map((e) => [e.status, e.by])).toEqual([['not_retrieved', 'ana'], ['retrieved', 'bo']]);
    expect(s.ledger().notRetrieved).toEqual([3]);
    expect(() => s.markRetrieval(99, { status: 'retrieved', by: 'bo' })).toThrow(/unknown record 99/);
  });

  it('setSetting() and setting() round-trip JSON; screening.required changes how many decide', () => {
    expect(s.setting('screening.required')).toBeUndefined();
    s.setSetting('project', { title: '间充质干细胞 review' });
    expect(s.setting('project')).toEqual({ title: '间充质干细胞 review' });
    expect(() => s.setSetting('screening.required', 0)).toThrow(/whole number ≥ 1/);
    s.setSetting('screening.required', 1);
    s.decide({ recordId: 1, stage: TA, reviewer: 'ana', verdict: 'include' });
    s.decide({ recordId: 1, stage: FT, reviewer: 'ana', verdict: 'include' });
    expect(s.ledger().required).toBe(1);
  });

  it('setSettings() writes several settings in one transaction: on an error none of them is written', () => {
    s.setSettings({ 'a.include': ['x'], 'a.exclude': ['y'] });
    expect([s.setting('a.include'), s.setting('a.exclude')]).toEqual([['x'], ['y']]);
    expect(() => s.setSettings({ 'a.include': ['new'], 'screening.required': 0 })).toThrow(/whole number ≥ 1/);
    expect([s.setting('a.include'), s.setting('screening.required')]).toEqual([['x'], undefined]);
  });

  it('ledger() feeds blindedView and prismaFromLedger', () => {
    s.importRecords([{ sourceId: 'C1', source: { database: 'CNKI', file: 'c.txt' }, title: '重复', authors: [] }], { file: 'c.txt', database: 'CNKI' });
    s.merge([1, 7], { by: 'ana', reason: 'same trial in CNKI' });
    for (const [id, a, b] of [[1, 'include', 'include'], [2, 'exclude', 'exclude'], [3, 'include', 'exclude']] as const) {
      s.decide({ recordId: id, stage: TA, reviewer: 'ana', verdict: a });
      s.decide({ recordId: id, stage: TA, reviewer: 'bo', verdict: b });
    }
    const l = s.ledger();
    expect(blindedView(l, 'ana').map((e) => [e.recordId, e.state, e.others.length])).toEqual([[1, 'settled', 1], [2, 'settled', 1], [3, 'awaiting', 0]]);
    const { counts, pending } = prismaFromLedger(l);
    expect(counts.identification.databases).toEqual([{ name: 'PubMed', n: 6 }, { name: 'CNKI', n: 1 }]);
    expect(counts.identification.duplicates_removed).toBe(1);
    expect(counts.screening).toEqual({ screened: 2, excluded: 1 });
    expect(pending.titleAbstract).toBe(4);
    expect(prismaCounts(JSON.parse(JSON.stringify(counts)))).toEqual(counts);
  });
});
