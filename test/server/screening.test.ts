import { describe, expect, it } from 'vitest';
import { Client, localApp, project } from './client.js';

const TA = 'title_abstract';

/** Local project screened in pairs: the local user 'me' and 'ana' (added in the store). */
function pairProject() {
  const store = project(6);
  store.addReviewer({ id: 'ana', name: 'Ana', canResolve: false });
  store.addReviewer({ id: 'cai', name: 'Cai', canResolve: true });
  store.setSetting('screening.required', 2);
  return store;
}

describe('POST /api/screening/decisions', () => {
  it('POST /api/screening/decisions records the asker\'s decision (201) and a change of mind', async () => {
    const store = pairProject();
    const c = await new Client(localApp(store)).start();
    const r = await c.post('/api/screening/decisions', { recordId: 1, stage: TA, verdict: 'include', note: 'RCT' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ recordId: 1, stage: TA, reviewer: 'me', verdict: 'include', note: 'RCT' });
    await c.post('/api/screening/decisions', { recordId: 1, stage: TA, verdict: 'maybe' });
    expect(store.decisionHistory(1)).toHaveLength(2);
    expect((await c.get('/api/screening/view')).body[0].mine.verdict).toBe('maybe');
  });

  it('POST /api/screening/decisions: unknown record 404, screening rules 409, bad input 400', async () => {
    const store = pairProject();
    const c = await new Client(localApp(store)).start();
    expect((await c.post('/api/screening/decisions', { recordId: 99, stage: TA, verdict: 'include' })).status).toBe(404);
    const ft = await c.post('/api/screening/decisions', { recordId: 1, stage: 'full_text', verdict: 'include' });
    expect(ft.status).toBe(409);
    expect(ft.body.error.code).toBe('screening_rule');
    const reason = await c.post('/api/screening/decisions', { recordId: 1, stage: TA, verdict: 'exclude', reason: 'Wrong population' });
    expect(reason.status).toBe(409);
    expect(reason.body.error.message).toContain("'reason' is for full-text exclusions only");
    store.decide({ recordId: 2, stage: TA, reviewer: 'ana', verdict: 'include' });
    store.decide({ recordId: 2, stage: TA, reviewer: 'cai', verdict: 'include' });
    const third = await c.post('/api/screening/decisions', { recordId: 2, stage: TA, verdict: 'include' });
    expect(third.status).toBe(409);
    expect((await c.post('/api/screening/decisions', { recordId: 1, stage: 'abstract', verdict: 'include' })).status).toBe(400);
    expect((await c.post('/api/screening/decisions', { recordId: 1.5, stage: TA, verdict: 'include' })).status).toBe(400);
  });
});

describe('screening reads', () => {
  it('GET /api/screening/view filters by stage and refuses an unknown stage', async () => {
    const c = await new Client(localApp(pairProject())).start();
    await c.post('/api/screening/decisions', { recordId: 3, stage: TA, verdict: 'exclude' });
    expect((await c.get('/api/screening/view?stage=title_abstract')).body).toHaveLength(1);
    expect((await c.get('/api/screening/view?stage=full_text')).body).toHaveLength(0);
    expect((await c.get('/api/screening/view?stage=x')).status).toBe(400);
  });

  it('GET/POST /api/reasons lists and adds exclusion reasons; a repeat is 409, an empty label 400', async () => {
    const c = await new Client(localApp()).start();
    expect((await c.get('/api/reasons')).body).toEqual(['Wrong population', 'Wrong outcome']);
    const r = await c.post('/api/reasons', { label: 'Wrong design' });
    expect(r.status).toBe(201);
    expect(r.body).toContain('Wrong design');
    expect((await c.post('/api/reasons', { label: 'Wrong design' })).status).toBe(409);
    expect((await c.post('/api/reasons', { label: '' })).status).toBe(400);
  });
});

describe('conflicts and agreement', () => {
  it('GET /api/conflicts lists disagreements; POST /api/conflicts/resolve settles one (201)', async () => {
    const store = pairProject();
    const c = await new Client(localApp(store)).start();
    store.decide({ recordId: 4, stage: TA, reviewer: 'ana', verdict: 'include' });
    store.decide({ recordId: 4, stage: TA, reviewer: 'cai', verdict: 'exclude' });
    const list = await c.get('/api/conflicts');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject([{ recordId: 4, stage: TA, state: 'conflict', conflict: 'disagreement' }]);
    expect((await c.get('/api/conflicts?stage=full_text')).body).toEqual([]);
    const r = await c.post('/api/conflicts/resolve', { recordId: 4, stage: TA, verdict: 'include', method: 'third_reviewer', why: 'population fits' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ recordId: 4, verdict: 'include', by: 'me', method: 'third_reviewer' });
    expect((await c.get('/api/conflicts')).body).toEqual([]);
  });

  it('POST /api/conflicts/resolve: no conflict is 409, unknown record 404, missing why 400', async () => {
    const c = await new Client(localApp(pairProject())).start();
    const body = { recordId: 1, stage: TA, verdict: 'include', method: 'third_reviewer', why: 'x' };
    expect((await c.post('/api/conflicts/resolve', body)).status).toBe(409);
    expect((await c.post('/api/conflicts/resolve', { ...body, recordId: 50 })).status).toBe(404);
    expect((await c.post('/api/conflicts/resolve', { ...body, why: '' })).status).toBe(400);
  });

  it('GET /api/agreement gives Cohen\'s kappa per pair of reviewers from first decisions', async () => {
    const store = pairProject();
    const verdicts = [['include', 'include'], ['exclude', 'exclude'], ['include', 'exclude'], ['exclude', 'exclude']] as const;
    verdicts.forEach(([x, y], i) => {
      store.decide({ recordId: i + 1, stage: TA, reviewer: 'ana', verdict: x });
      store.decide({ recordId: i + 1, stage: TA, reviewer: 'cai', verdict: y });
    });
    const r = await new Client(localApp(store)).get('/api/agreement?stage=title_abstract');
    expect(r.status).toBe(200);
    expect(r.body).toHaveLength(1);
    expect(r.body[0]).toMatchObject({ stage: TA, reviewers: ['ana', 'cai'], n: 4, po: 0.75 });
    expect(r.body[0].kappa).toBeCloseTo(0.5, 10);
    expect((await new Client(localApp(store)).get('/api/agreement?stage=all')).status).toBe(400);
  });
});
