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
    expect(g).toEqual({ groupId: 1, primary: 2, members: [2, 3, 4], by: 'ana', reason: 'same DOI', at: '2025-01-01T00:00:02.000Z', undone: null, joined: [], joinedInto: null });
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

  it('merge() refuses records already merged together in one group, and writes nothing', () => {
    s.merge([1, 2], { by: 'ana', reason: 'x' });
    expect(() => s.merge([2, 1], { by: 'ana', reason: 'y' })).toThrow(/records 2, 1 are already merged in group 1 \(record 1 kept\)/);
    expect(s.mergeGroups()).toHaveLength(1);
    expect(s.db.prepare('SELECT count(*) AS n FROM merge_members').get()).toEqual({ n: 2 });
  });
});

describe('SqliteStore.merge() into existing groups', () => {
  const live = () => s.mergeGroups().filter((g) => g.undone === null && g.joinedInto === null).map((g) => [g.primary, g.members]);
  const dups = () => [1, 2, 3, 4].map((id) => s.record(id)!.duplicateOf);

  it('merging a removed duplicate with a new record makes one group of the three, the first group\'s record kept; undo brings the first group back exactly', () => {
    const ab = s.merge([1, 2], { by: 'ana', reason: 'same DOI' });
    const abc = s.merge([2, 3], { by: 'bo', reason: 'same trial' });
    expect(abc).toMatchObject({ groupId: 2, primary: 1, members: [1, 2, 3], by: 'bo', reason: 'same trial', undone: null, joined: [1], joinedInto: null });
    expect(dups()).toEqual([null, 1, 1, null]);
    expect(s.mergeGroups()[0]).toEqual({ ...ab, joinedInto: 2 });
    expect(live()).toEqual([[1, [1, 2, 3]]]);
    expect(() => s.undoMerge(1, { by: 'bo' })).toThrow(/group 1 was taken into group 2 by a later merge: undo group 2/);
    s.undoMerge(2, { by: 'bo' });
    expect(s.mergeGroups()[0]).toEqual(ab);
    expect(live()).toEqual([[1, [1, 2]]]);
    expect(dups()).toEqual([null, 1, null, null]);
  });

  it('merging a kept record (either order) with a new record keeps the kept record', () => {
    s.merge([1, 2], { by: 'ana', reason: 'x' });
    expect(s.merge([3, 1], { by: 'ana', reason: 'y' })).toMatchObject({ primary: 1, members: [1, 2, 3], joined: [1] });
  });

  it('merging records of two groups joins them (the first-named group\'s record kept); undo restores both', () => {
    s.merge([1, 2], { by: 'ana', reason: 'x' });
    s.merge([4, 3], { by: 'ana', reason: 'y' });
    const all = s.merge([3, 2], { by: 'cai', reason: 'one trial' });
    expect(all).toMatchObject({ groupId: 3, primary: 4, members: [4, 1, 2, 3], joined: [1, 2] });
    expect(dups()).toEqual([4, 4, 4, null]);
    expect(s.records({ duplicates: false }).map((r) => r.id)).toEqual([4]);
    s.undoMerge(3, { by: 'cai' });
    expect(live()).toEqual([[1, [1, 2]], [4, [4, 3]]]);
    expect(dups()).toEqual([null, 1, 4, null]);
  });

  it('joins chain: undoing the last merge restores the one before, and an undone merge stays undone', () => {
    s.merge([1, 2], { by: 'ana', reason: 'x' });
    s.merge([2, 3], { by: 'ana', reason: 'y' });
    s.merge([4, 3], { by: 'ana', reason: 'z' });
    expect(live()).toEqual([[1, [1, 2, 3, 4]]]);
    expect(s.mergeGroups().map((g) => g.joinedInto)).toEqual([2, 3, null]);
    s.undoMerge(3, { by: 'bo' });
    expect(live()).toEqual([[1, [1, 2, 3]]]);
    s.undoMerge(2, { by: 'bo' });
    expect(live()).toEqual([[1, [1, 2]]]);
    // group 1 live again: it can be joined again, or undone
    expect(s.merge([1, 4], { by: 'ana', reason: 'w' })).toMatchObject({ groupId: 4, members: [1, 2, 4], joined: [1] });
    expect(s.mergeGroups().map((g) => g.joinedInto)).toEqual([4, null, null, null]);
    s.undoMerge(4, { by: 'bo' });
    s.undoMerge(1, { by: 'bo' });
    expect(live()).toEqual([]);
    expect(dups()).toEqual([null, null, null, null]);
  });

  it('a joining merge writes the union as a new group and leaves the joined group\'s rows as they were', () => {
    s.merge([1, 2], { by: 'ana', reason: 'x' });
    s.merge([3, 2], { by: 'ana', reason: 'y' });
    expect(s.db.prepare('SELECT group_id, record_id FROM merge_members ORDER BY group_id, record_id').all()).toEqual([
      { group_id: 1, record_id: 1 }, { group_id: 1, record_id: 2 },
      { group_id: 2, record_id: 1 }, { group_id: 2, record_id: 2 }, { group_id: 2, record_id: 3 },
    ]);
    expect(() => s.db.prepare('DELETE FROM merge_joins').run()).toThrow(/merge_joins is append-only/);
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
