import { describe, expect, it } from 'vitest';
import { Client, localApp, project } from './client.js';
import { cirrhosisPaper } from './dedupe-fixture.js';

const base = cirrhosisPaper;

/** Records 1 and 2 are one paper (a confident match); 3 is a follow-up of it (uncertain). */
function dupProject() {
  const store = project(0);
  store.importRecords([base('a'), base('a', { title: base('a').title.toUpperCase() }), base('fu', { year: 2014, volume: '29', pages: '455-463' })], { file: 'embase.ris', database: 'Embase' });
  return store;
}

describe('deduplication routes', () => {
  it('POST /api/dedupe/run merges confident groups and queues uncertain pairs; GET /api/dedupe/uncertain lists them side by side', async () => {
    const store = dupProject();
    const c = await new Client(localApp(store)).start();
    const run = await c.post('/api/dedupe/run', {});
    expect(run.status).toBe(200);
    expect(run.body.merged).toEqual([[1, 2]]);
    expect(store.record(2)!.duplicateOf).toBe(1);
    const q = await c.get('/api/dedupe/uncertain');
    expect(q.status).toBe(200);
    expect(q.body).toHaveLength(run.body.uncertain);
    expect(q.body.length).toBeGreaterThan(0);
    expect(q.body[0]).toMatchObject({ pair: { score: expect.any(Number) }, a: { id: expect.any(Number) }, b: { id: expect.any(Number) } });
  });

  it('GET /api/dedupe/uncertain drops pairs with a record just removed as a duplicate, and brings them back when the merge is undone', async () => {
    const store = dupProject();
    const c = await new Client(localApp(store)).start();
    const run = await c.post('/api/dedupe/run', {});
    expect(run.body.merged).toEqual([[1, 2]]);
    const pairs = (await c.get('/api/dedupe/uncertain')).body.map((p: { a: { id: number }; b: { id: number } }) => [p.a.id, p.b.id]);
    // 2 was merged into 1 by this run: pair 2–3 is gone, 1–3 stays
    expect(pairs).toEqual([[1, 3]]);
    expect(run.body.uncertain).toBe(1);
    const [group] = store.mergeGroups();
    await c.post(`/api/merges/${group.groupId}/undo`);
    const after = (await c.get('/api/dedupe/uncertain')).body.map((p: { a: { id: number }; b: { id: number } }) => [p.a.id, p.b.id]);
    expect(after).toEqual([[1, 3], [2, 3]]);
  });

  it('POST /api/dedupe/run with apply: false merges nothing', async () => {
    const store = dupProject();
    const c = await new Client(localApp(store)).start();
    const run = await c.post('/api/dedupe/run', { apply: false });
    expect(run.body.merged).toEqual([]);
    expect(store.mergeGroups()).toEqual([]);
  });

  it('POST /api/dedupe/decide keeps a pair apart (it leaves the queue) or merges it (201); undo restores it', async () => {
    const store = dupProject();
    const c = await new Client(localApp(store)).start();
    await c.post('/api/dedupe/run', { apply: false });
    const [first] = (await c.get('/api/dedupe/uncertain')).body;
    const kept = await c.post('/api/dedupe/decide', { a: first.a.id, b: first.b.id, action: 'keep' });
    expect(kept.status).toBe(200);
    expect((await c.get('/api/dedupe/uncertain')).body.some((p: { a: { id: number }; b: { id: number } }) => p.a.id === first.a.id && p.b.id === first.b.id)).toBe(false);

    const merged = await c.post('/api/dedupe/decide', { a: 1, b: 2, action: 'merge' });
    expect(merged.status).toBe(201);
    expect(merged.body).toMatchObject({ primary: 1, members: [1, 2], by: 'me' });
    expect((await c.get('/api/merges')).body).toHaveLength(1);
    const again = await c.post('/api/dedupe/decide', { a: 1, b: 2, action: 'merge' });
    expect(again.status).toBe(409);
    const undo = await c.post(`/api/merges/${merged.body.groupId}/undo`);
    expect(undo.status).toBe(200);
    expect(undo.body.undone.by).toBe('me');
    expect((await c.post(`/api/merges/${merged.body.groupId}/undo`)).status).toBe(409);
    expect((await c.post('/api/merges/77/undo')).status).toBe(404);
  });

  it('POST /api/dedupe/decide refuses unknown records (404), the same record twice and bad actions (400)', async () => {
    const c = await new Client(localApp(dupProject())).start();
    expect((await c.post('/api/dedupe/decide', { a: 1, b: 99, action: 'merge' })).status).toBe(404);
    expect((await c.post('/api/dedupe/decide', { a: 1, b: 1, action: 'merge' })).status).toBe(400);
    expect((await c.post('/api/dedupe/decide', { a: 1, b: 2, action: 'delete' })).status).toBe(400);
  });

  it('POST /api/dedupe/decide merging a pair with a record already merged joins that group (A+B, then B+C: one group A, B, C); undo brings A+B back', async () => {
    const store = project(0);
    store.importRecords([base('a'), base('b', { title: 'Another trial', year: 2001 }), base('c', { title: 'A third one', year: 2002 })], { file: 'embase.ris', database: 'Embase' });
    const c = await new Client(localApp(store)).start();
    const ab = await c.post('/api/dedupe/decide', { a: 1, b: 2, action: 'merge' });
    expect(ab.status).toBe(201);
    const bc = await c.post('/api/dedupe/decide', { a: 2, b: 3, action: 'merge' });
    expect(bc.status).toBe(201);
    expect(bc.body).toMatchObject({ primary: 1, members: [1, 2, 3], joined: [ab.body.groupId], joinedInto: null });
    expect([1, 2, 3].map((id) => store.record(id)!.duplicateOf)).toEqual([null, 1, 1]);
    const merges = (await c.get('/api/merges')).body;
    expect(merges.map((g: { groupId: number; joinedInto: number | null }) => [g.groupId, g.joinedInto])).toEqual([[ab.body.groupId, bc.body.groupId], [bc.body.groupId, null]]);
    // the joined group is undone by undoing the merge that took it in
    const early = await c.post(`/api/merges/${ab.body.groupId}/undo`);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/taken into group \d+ by a later merge/);
    expect((await c.post(`/api/merges/${bc.body.groupId}/undo`)).status).toBe(200);
    expect([1, 2, 3].map((id) => store.record(id)!.duplicateOf)).toEqual([null, 1, null]);
    expect((await c.get('/api/merges')).body[0]).toEqual(ab.body);
  });
});
