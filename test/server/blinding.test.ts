/**
 * The blinding rule, over HTTP: no route gives a reviewer a colleague's decision on a
 * record before the reviewer has decided it and the pair is settled.
 */
import { describe, expect, it } from 'vitest';
import { Client, teamApp, teamProject } from './client.js';

const TA = 'title_abstract';

/** Everything reviewer B can read about record 1, concatenated. */
async function whatBSees(b: Client): Promise<string> {
  const reads = await Promise.all([
    b.get('/api/records/1'),
    b.get('/api/records?filter=all'),
    b.get('/api/records?filter=mine'),
    b.get('/api/records?filter=undecided'),
    b.get('/api/screening/view'),
    b.get('/api/screening/view?stage=title_abstract'),
    b.get('/api/prisma'),
  ]);
  for (const r of reads) expect(r.status).toBe(200);
  return reads.map((r) => r.text).join('\n');
}

describe('blinding over the API', () => {
  it('B sees nothing of A\'s decision before deciding, nothing while in conflict, and all of it after resolution', async () => {
    const app = teamApp(await teamProject());
    const a = await new Client(app).start('ana');
    const b = await new Client(app).start('bo');
    const owner = await new Client(app).start('owner');

    expect((await a.post('/api/screening/decisions', { recordId: 1, stage: TA, verdict: 'include', note: 'ANA-NOTE' })).status).toBe(201);

    // 1. B has not decided: nothing of A's decision, not even that A decided
    let seen = await whatBSees(b);
    expect(seen).not.toContain('ana');
    expect(seen).not.toContain('ANA-NOTE');
    const rec1 = await b.get('/api/records/1');
    expect(rec1.body.screening).toEqual([]);
    expect((await b.get('/api/records?filter=undecided')).body.items.map((r: { id: number }) => r.id)).toContain(1);
    // the unblinded routes are refused
    expect((await b.get('/api/conflicts')).status).toBe(403);
    expect((await b.get('/api/agreement')).status).toBe(403);
    expect((await b.get('/api/records?filter=conflicts')).status).toBe(403);

    // 2. B decides differently: a conflict, still nothing of A's
    expect((await b.post('/api/screening/decisions', { recordId: 1, stage: TA, verdict: 'exclude' })).status).toBe(201);
    seen = await whatBSees(b);
    expect(seen).not.toContain('ana');
    expect(seen).not.toContain('ANA-NOTE');
    const mine = (await b.get('/api/records/1')).body.screening;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ state: 'awaiting', others: [], outcome: null });
    expect(mine[0].mine.verdict).toBe('exclude');
    // A is in the same position
    expect(JSON.stringify((await a.get('/api/records/1')).body)).not.toContain('"bo"');
    // the owner (a resolver) sees the conflict
    const conflicts = await owner.get('/api/conflicts');
    expect(conflicts.body).toHaveLength(1);
    expect(conflicts.body[0].decisions.map((d: { reviewer: string }) => d.reviewer).sort()).toEqual(['ana', 'bo']);

    // 3. resolved: now B sees A's decision and the outcome
    const res = await owner.post('/api/conflicts/resolve', { recordId: 1, stage: TA, verdict: 'include', method: 'third_reviewer', why: 'meets PICO' });
    expect(res.status).toBe(201);
    const after = (await b.get('/api/records/1')).body.screening[0];
    expect(after.state).toBe('settled');
    expect(after.others).toHaveLength(1);
    expect(after.others[0]).toMatchObject({ reviewer: 'ana', verdict: 'include', note: 'ANA-NOTE' });
    expect(after.outcome).toMatchObject({ verdict: 'include', resolution: { by: 'owner', why: 'meets PICO' } });
  });

  it('an agreed pair becomes visible to both once both decided; a viewer never sees decisions', async () => {
    const app = teamApp(await teamProject());
    const a = await new Client(app).start('ana');
    const b = await new Client(app).start('bo');
    const v = await new Client(app).start('vic');
    await a.post('/api/screening/decisions', { recordId: 2, stage: TA, verdict: 'exclude' });
    await b.post('/api/screening/decisions', { recordId: 2, stage: TA, verdict: 'exclude' });
    const seen = (await b.get('/api/screening/view')).body;
    expect(seen[0]).toMatchObject({ recordId: 2, state: 'settled', others: [{ reviewer: 'ana', verdict: 'exclude' }] });
    expect((await v.get('/api/screening/view')).body).toEqual([]);
    expect(JSON.stringify((await v.get('/api/records/2')).body)).not.toContain('ana');
  });

  it('the decision is recorded for the asker: a body naming another reviewer is refused', async () => {
    const app = teamApp(await teamProject());
    const a = await new Client(app).start('ana');
    const r = await a.post('/api/screening/decisions', { recordId: 1, stage: TA, verdict: 'include', reviewer: 'bo' });
    expect(r.status).toBe(400);
  });
});
