import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../../src/store/index.js';
import { memoryStore, rec } from './helpers.js';

let s: SqliteStore;
beforeEach(() => {
  s = memoryStore();
  s.importRecords([1, 2, 3, 4].map((i) => rec(i)), { file: 'f', database: 'PubMed' });
});
afterEach(() => s.close());

describe('SqliteStore.merge()', () => {
  it('merge(ids, { by, reason }) keeps the first record and removes the others as its duplicates', () => {
    const g = s.merge([2, 4, 3], { by: 'ana', reason: 'same DOI' });
    expect(g).toEqual({ groupId: 1, primary: 2, members: [2, 3, 4], by: 'ana', reason: 'same DOI', at: '2025-01-01T00:00:02.000Z', undone: null });
    expect([3, 4].map((id) => s.record(id)!.duplicateOf)).toEqual([2, 2]);
    expect(s.record(2)!.duplicateOf).toBeNull();
    expect(s.countRecords()).toBe(4);
  });

  it('merge() refuses fewer than two records, repeats, unknown records, and a missing who or why', () => {
    expect(() => s.merge([1], { by: 'ana', reason: 'x' })).toThrow(/at least two different records/);
    expect(() => s.merge([1, 1], { by: 'ana', reason: 'x' })).toThrow(/at least two different records/);
    expect(() => s.merge([1, 9], { by: 'ana', reason: 'x' })).toThrow(/merge: unknown record 9/);
    expect(() => s.merge([1, 2], { by: 'ana', reason: '' })).toThrow(/'by' and 'reason' are required/);
    expect(s.mergeGroups()).toEqual([]);
  });

  it('merge() refuses a record already in an active merge, and writes nothing', () => {
    s.merge([1, 2], { by: 'ana', reason: 'x' });
    expect(() => s.merge([3, 2], { by: 'ana', reason: 'y' })).toThrow(/record 2 is already in merge group 1/);
    expect(s.mergeGroups()).toHaveLength(1);
    expect(s.db.prepare('SELECT count(*) AS n FROM merge_members').get()).toEqual({ n: 2 });
  });
});

describe('SqliteStore.undoMerge()', () => {
  it('undoMerge(groupId, { by }) restores the duplicates and keeps the merge in history with who undid it', () => {
    const g = s.merge([1, 2], { by: 'ana', reason: 'same title' });
    const u = s.undoMerge(g.groupId, { by: 'bo' });
    expect(u.undone).toEqual({ by: 'bo', at: '2025-01-01T00:00:03.000Z' });
    expect(s.record(2)!.duplicateOf).toBeNull();
    expect(s.mergeGroups()).toEqual([{ ...g, undone: u.undone }]);
  });

  it('undoMerge() refuses an unknown group or a second undo', () => {
    expect(() => s.undoMerge(7, { by: 'bo' })).toThrow(/unknown merge group 7/);
    const g = s.merge([1, 2], { by: 'ana', reason: 'x' });
    s.undoMerge(g.groupId, { by: 'bo' });
    expect(() => s.undoMerge(g.groupId, { by: 'bo' })).toThrow(/already undone by bo/);
  });

  it('merge() after undoMerge() makes a new group; both stay in history', () => {
    const g = s.merge([1, 2], { by: 'ana', reason: 'x' });
    s.undoMerge(g.groupId, { by: 'bo' });
    s.merge([2, 1], { by: 'cai', reason: 'checked: same trial' });
    expect(s.mergeGroups().map((x) => [x.groupId, x.primary, x.undone === null])).toEqual([[1, 1, false], [2, 2, true]]);
    expect(s.record(1)!.duplicateOf).toBe(2);
  });
});
