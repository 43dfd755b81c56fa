// The ledger the store keeps in memory and reads incrementally must always equal a fresh
// read of the file, whoever wrote to it; the scoped reads must equal the ledger restricted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stage, Verdict } from '../../src/review/screening/types.js';
import { SqliteStore } from '../../src/store/index.js';
import { rec } from './helpers.js';

let dir: string;
let file: string;
const open: SqliteStore[] = [];
const store = () => {
  const s = SqliteStore.open(file);
  open.push(s);
  return s;
};
/** The ledger as a store that has never read this file sees it. */
const fresh = () => {
  const s = SqliteStore.open(file);
  try {
    return s.ledger();
  } finally {
    s.close();
  }
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'metasift-ledger-'));
  file = join(dir, 'review.metasift');
  const s = SqliteStore.open(file);
  s.importRecords(Array.from({ length: 30 }, (_, i) => rec(i + 1)), { file: 'PubMed.txt', database: 'PubMed' });
  for (const id of ['ana', 'bo', 'dee']) s.addReviewer({ id, name: id, canResolve: false });
  s.addReviewer({ id: 'cai', name: 'Cai', canResolve: true });
  for (const r of ['Wrong population', 'Not randomised']) s.addExclusionReason(r);
  s.close();
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Random screening through the store's rules (refused steps are skipped), deterministic. */
function screen(s: SqliteStore, seed: number, steps: number): void {
  let x = seed;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const verdicts: Verdict[] = ['include', 'exclude', 'maybe'];
  for (let i = 0; i < steps; i++) {
    const recordId = 1 + Math.floor(rand() * 30);
    const stage: Stage = rand() < 0.7 ? 'title_abstract' : 'full_text';
    const verdict = verdicts[Math.floor(rand() * 3)];
    const reason = stage === 'full_text' && verdict === 'exclude' ? 'Not randomised' : null;
    try {
      if (rand() < 0.85) s.decide({ recordId, stage, reviewer: ['ana', 'bo', 'dee'][Math.floor(rand() * 3)], verdict, reason });
      else s.resolve({ recordId, stage, verdict: verdict === 'maybe' ? 'include' : verdict, reason, method: 'third_reviewer', by: 'cai', why: 'read it' });
    } catch {
      // a step the screening rules refuse
    }
  }
}

describe('SqliteStore.ledger() kept incrementally', () => {
  it('equals a fresh read after every kind of change, by this connection or another', () => {
    const a = store();
    const b = store();
    expect(a.ledger()).toEqual(fresh());
    screen(a, 1, 120);
    expect(a.ledger()).toEqual(fresh());
    screen(b, 2, 120); // another connection (another process would be the same)
    expect(a.ledger()).toEqual(fresh());
    expect(b.ledger()).toEqual(a.ledger());
    const g = b.merge([3, 4], { by: 'ana', reason: 'x' });
    b.merge([4, 5], { by: 'ana', reason: 'y' });
    expect(a.ledger().records.filter((r) => r.duplicateOf !== null).map((r) => r.id)).toEqual([4, 5]);
    expect(a.ledger()).toEqual(fresh());
    b.undoMerge(g.groupId + 1, { by: 'ana' });
    b.markRetrieval(7, { status: 'not_retrieved', by: 'ana' });
    b.addReviewer({ id: 'eve', name: 'Eve', canResolve: true });
    b.addExclusionReason('Wrong outcome');
    b.setSetting('screening.required', 3);
    b.importRecords([rec(31), rec(32)], { file: 'more.txt', database: 'Embase' });
    const l = a.ledger();
    expect(l).toEqual(fresh());
    expect(l).toMatchObject({ notRetrieved: [7], required: 3, reasons: ['Wrong population', 'Not randomised', 'Wrong outcome'] });
    expect(l.records.map((r) => r.duplicateOf).filter((d) => d !== null)).toEqual([3]);
    expect(l.records).toHaveLength(32);
    screen(a, 3, 200);
    b.markRetrieval(7, { status: 'retrieved', by: 'ana' });
    expect(a.ledger()).toEqual(fresh());
    expect(a.ledger().notRetrieved).toEqual([]);
  });

  it('returns the same object while nothing changed, a new one after a change', () => {
    const a = store();
    screen(a, 4, 50);
    const l = a.ledger();
    expect(a.ledger()).toBe(l);
    a.decide({ recordId: 30, stage: 'title_abstract', reviewer: 'dee', verdict: 'include' });
    expect(a.ledger()).not.toBe(l);
    expect(Object.isFrozen(a.ledger().decisions)).toBe(true);
  });

  it('a read inside a transaction that is rolled back leaves nothing behind', () => {
    const a = store();
    a.ledger();
    expect(() =>
      a.db.transaction(() => {
        a.decide({ recordId: 1, stage: 'title_abstract', reviewer: 'ana', verdict: 'include' });
        expect(a.ledger().decisions).toHaveLength(1);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    a.decide({ recordId: 2, stage: 'title_abstract', reviewer: 'bo', verdict: 'exclude' });
    expect(a.ledger().decisions.map((d) => [d.recordId, d.reviewer])).toEqual([[2, 'bo']]);
    expect(a.ledger()).toEqual(fresh());
  });
});

describe('SqliteStore reads by index', () => {
  it('screening({ recordIds }) and screening({ decidedBy }) equal the ledger restricted to those records or pairs', () => {
    const a = store();
    screen(a, 5, 300);
    const l = a.ledger();
    const parts = { reviewers: l.reviewers, required: l.required, reasons: l.reasons };
    const ids = [9, 3, 3, 17];
    expect(a.screening({ recordIds: ids })).toEqual({
      ...parts,
      decisions: l.decisions.filter((d) => ids.includes(d.recordId)),
      resolutions: l.resolutions.filter((r) => ids.includes(r.recordId)),
    });
    for (const who of ['ana', 'bo', 'cai', 'nobody']) {
      const mine = new Set(l.decisions.filter((d) => d.reviewer === who).map((d) => `${d.recordId}/${d.stage}`));
      const keep = (x: { recordId: number; stage: Stage }) => mine.has(`${x.recordId}/${x.stage}`);
      expect(a.screening({ decidedBy: who }), who).toEqual({ ...parts, decisions: l.decisions.filter(keep), resolutions: l.resolutions.filter(keep) });
    }
  });

  it('decisions(filter) gives, for every combination of filters, the matching current (or first) decisions', () => {
    const a = store();
    screen(a, 6, 300);
    for (const which of ['current', 'first'] as const) {
      const all = a.decisions({ which });
      for (const recordId of [undefined, 4, 11])
        for (const stage of [undefined, 'title_abstract', 'full_text'] as const)
          for (const reviewer of [undefined, 'ana', 'dee']) {
            const want = all.filter((d) => (recordId === undefined || d.recordId === recordId) && (stage === undefined || d.stage === stage) && (reviewer === undefined || d.reviewer === reviewer));
            expect(a.decisions({ which, recordId, stage, reviewer })).toEqual(want);
          }
    }
  });
});
