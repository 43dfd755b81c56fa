import { describe, expect, it } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { projectTable } from '../../src/analysis/project-table.js';
import type { SqliteStore } from '../../src/store/index.js';
import { Client, localApp, project, teamApp, teamProject } from './client.js';

const DEATH = { name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' };
const MELD = { name: 'MELD', type: 'continuous', unit: 'points', lowerIsBetter: true, timepoint: '6 months' };
const arm = (studyId: number, name: string, group: string, value: object, outcome = 'death') => ({ studyId, outcome, arm: name, entry: { group, value } });
const ev = (events: number, n: number) => ({ type: 'events', events, n });

/** Three studies with two arms each for 'death', entered by the local owner. */
async function entered(c: Client): Promise<void> {
  expect((await c.post('/api/outcomes', DEATH)).status).toBe(201);
  const data: [string, number, number, number, number][] = [['Li 2021', 4, 40, 11, 40], ['Shi 2012', 6, 30, 12, 30], ['Xu 2019', 3, 25, 8, 26]];
  for (const [label, a, n1, cc, n2] of data) {
    const s = await c.post('/api/studies', { label });
    expect(s.status).toBe(201);
    expect((await c.post('/api/extractions/arms', arm(s.body.id, 'MSC', 'msc', ev(a, n1)))).status).toBe(201);
    expect((await c.post('/api/extractions/arms', arm(s.body.id, 'Control', 'control', ev(cc, n2)))).status).toBe(201);
  }
}

describe('extraction routes', () => {
  it('POST /api/studies adds a study with its reports (201); GET /api/studies lists them; a repeated label is 409, an unknown record 404', async () => {
    const c = await new Client(localApp(project(3))).start();
    const s = await c.post('/api/studies', { label: 'Li 2021', reports: [1, 2] });
    expect(s.status).toBe(201);
    expect(s.body).toEqual({ id: 1, label: 'Li 2021', reports: [1, 2] });
    expect((await c.post('/api/studies/1/reports', { recordId: 3 })).body.reports).toEqual([1, 2, 3]);
    expect((await c.post('/api/studies/1/reports', { recordId: 3 })).status).toBe(409);
    expect((await c.post('/api/studies/9/reports', { recordId: 3 })).status).toBe(404);
    expect((await c.get('/api/studies')).body).toEqual([{ id: 1, label: 'Li 2021', reports: [1, 2, 3] }]);
    expect((await c.post('/api/studies', { label: 'Li 2021' })).status).toBe(409);
    const unknown = await c.post('/api/studies', { label: 'Shi 2012', reports: [99] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe('reports.0');
    expect((await c.post('/api/studies', { label: '' })).status).toBe(400);
  });

  it('POST /api/outcomes defines an outcome (201); a repeat is 409; a blank unit is refused by checkOutcome (422 naming the field)', async () => {
    const c = await new Client(localApp(project(0))).start();
    const o = await c.post('/api/outcomes', DEATH);
    expect(o.status).toBe(201);
    expect(o.body).toMatchObject(DEATH);
    expect((await c.get('/api/outcomes')).body).toHaveLength(1);
    expect((await c.post('/api/outcomes', DEATH)).status).toBe(409);
    const blank = await c.post('/api/outcomes', { ...MELD, unit: ' ' });
    expect(blank.status).toBe(422);
    expect(blank.body.error).toMatchObject({ code: 'invalid_data', field: 'unit' });
    expect((await c.post('/api/outcomes', { ...MELD, type: 'ordinal' })).status).toBe(400);
  });

  it('POST /api/extractions/arms records the value for the asker; events > n, a mean for a binary outcome and a bad median are 422 with the field', async () => {
    const store = project(0);
    const c = await new Client(localApp(store)).start();
    await c.post('/api/outcomes', DEATH);
    await c.post('/api/outcomes', MELD);
    await c.post('/api/studies', { label: 'Li 2021' });
    const ok = await c.post('/api/extractions/arms', arm(1, 'MSC', 'msc', ev(4, 40)));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ studyId: 1, extractor: 'me', key: { item: 'arm', outcome: 'death', arm: 'MSC' }, before: null });
    expect(store.extraction.extractions({ extractor: 'me' })[0].data).toEqual({ group: 'msc', value: ev(4, 40) });

    const over = await c.post('/api/extractions/arms', arm(1, 'MSC', 'msc', ev(41, 40)));
    expect(over.status).toBe(422);
    expect(over.body.error.field).toBe('events');
    expect(over.body.error.message).toContain("'events' = 41 is more than the arm's total 'n' = 40");
    expect((await c.post('/api/extractions/arms', arm(1, 'MSC', 'msc', { type: 'mean_sd', mean: 1, sd: 1, n: 40 }))).body.error.field).toBe('type');
    const median = await c.post('/api/extractions/arms', arm(1, 'MSC', 'msc', { type: 'median', median: 10, q1: 12, q3: 14, n: 20 }, 'MELD'));
    expect(median.status).toBe(422);
    expect(median.body.error.field).toBe('median');
    // shapes are zod's: a string for a number, an unknown kind, an unknown group
    expect((await c.post('/api/extractions/arms', arm(1, 'MSC', 'msc', { type: 'events', events: '4', n: 40 }))).status).toBe(400);
    expect((await c.post('/api/extractions/arms', arm(1, 'MSC', 'msc', { type: 'mode', n: 40 }))).status).toBe(400);
    expect((await c.post('/api/extractions/arms', arm(1, 'MSC', 'both', ev(4, 40)))).status).toBe(400);
    expect((await c.post('/api/extractions/arms', arm(7, 'MSC', 'msc', ev(4, 40)))).status).toBe(404);
    expect((await c.post('/api/extractions/arms', arm(1, 'MSC', 'msc', ev(4, 40), 'survival'))).status).toBe(404);
    expect(store.extraction.extractionHistory(1)).toHaveLength(1);

    const mine = await c.get('/api/extractions?outcome=death');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.reconciled).toEqual([]);
  });

  it('GET /api/outcomes/:name/table is projectTable, and /analysis is analyzeTable on it with measure, method and test from the query', async () => {
    const store = project(0);
    const c = await new Client(localApp(store)).start();
    await entered(c);
    const t = await c.get('/api/outcomes/death/table');
    expect(t.status).toBe(200);
    expect(t.body).toEqual(JSON.parse(JSON.stringify(projectTable(store, 'death'))));
    expect(t.body.rows.map((r: string[]) => r.slice(0, 5))).toEqual([['Li 2021', '4', '40', '11', '40'], ['Shi 2012', '6', '30', '12', '30'], ['Xu 2019', '3', '25', '8', '26']]);

    const a = await c.get('/api/outcomes/death/analysis?measure=OR&method=DL&test=knha');
    expect(a.status).toBe(200);
    const expected = analyzeTable(projectTable(store, 'death'), { measure: 'OR', method: 'DL', test: 'knha' });
    expect(a.body.b).toBeCloseTo(expected.b as number, 12);
    expect(a.body).toMatchObject({ measure: 'OR', method: 'DL', test: 'knha', k: 3 });
    expect(a.body.warnings).toContain('Values checked by one extractor only: Li 2021, Shi 2012, Xu 2019.');
    // the default measure for a binary outcome is RR
    expect((await c.get('/api/outcomes/death/analysis')).body.measure).toBe('RR');
    expect((await c.get('/api/outcomes/death/analysis?method=XX')).status).toBe(400);
    expect((await c.get('/api/outcomes/nothing/table')).status).toBe(404);
  });

  it('an outcome name with spaces and slashes travels URL-encoded', async () => {
    const c = await new Client(localApp(project(0))).start();
    await c.post('/api/outcomes', { ...DEATH, name: 'death / 12 m' });
    expect((await c.get(`/api/outcomes/${encodeURIComponent('death / 12 m')}/table`)).body.outcome.name).toBe('death / 12 m');
  });
});

/** ana and bo extract study 1 (death) apart; returns the three clients. */
async function doubleExtraction(store: SqliteStore) {
  const app = teamApp(store);
  const owner = await new Client(app).start('owner');
  const ana = await new Client(app).start('ana');
  const bo = await new Client(app).start('bo');
  const vic = await new Client(app).start('vic');
  await owner.post('/api/outcomes', DEATH);
  await ana.post('/api/studies', { label: 'Li 2021' });
  await ana.post('/api/extractions/arms', arm(1, 'MSC', 'msc', ev(4, 40)));
  await ana.post('/api/extractions/arms', arm(1, 'Control', 'control', ev(11, 40)));
  return { owner, ana, bo, vic };
}

describe('extraction blinding (team mode)', () => {
  it("bo never reads ana's values before reconciliation: not in his extractions, the table, the analysis; the discrepancy list is refused", async () => {
    const store = await teamProject(0);
    const { owner, ana, bo, vic } = await doubleExtraction(store);
    const reads = async (c: Client) => [await c.get('/api/extractions'), await c.get('/api/outcomes/death/table'), await c.get('/api/outcomes/death/analysis')];

    // 1. only ana has entered: bo and vic see no value of hers
    for (const r of await reads(bo)) expect(r.text).not.toMatch(/"11"|:11\b|ana/);
    const t = (await bo.get('/api/outcomes/death/table')).body;
    expect(t.rows).toEqual([]);
    expect(t.warnings[0]).toContain('1 study is left out until every arm is checked');
    expect((await vic.get('/api/outcomes/death/table')).body.rows).toEqual([]);
    expect((await bo.get('/api/extractions')).body.items).toEqual([]);
    expect((await ana.get('/api/extractions')).body.items).toHaveLength(2);
    for (const c of [ana, bo, vic]) expect((await c.get('/api/extractions/discrepancies')).status).toBe(403);
    // the owner (a resolver) sees the table as the CLI does
    expect((await owner.get('/api/outcomes/death/table')).body.rows).toHaveLength(1);

    // 2. bo enters a different control arm: still nothing of ana's, and no sign of the disagreement
    await bo.post('/api/extractions/arms', arm(1, 'MSC', 'msc', ev(4, 40)));
    await bo.post('/api/extractions/arms', arm(1, 'Control', 'control', ev(12, 40)));
    for (const r of await reads(bo)) expect(r.text).not.toMatch(/"11"|:11\b|ana|disagree/);
    expect((await bo.get('/api/extractions')).body.items.map((i: { extractor: string }) => i.extractor)).toEqual(['bo', 'bo']);
    const d = await owner.get('/api/extractions/discrepancies');
    expect(d.status).toBe(200);
    expect(d.body.discrepancies).toEqual([expect.objectContaining({ studyId: 1, arm: 'Control', field: 'events', values: { ana: 11, bo: 12 }, reconciled: false })]);
    expect(d.body.items).toHaveLength(4);
    expect((await owner.get('/api/outcomes/death/table')).body.warnings[0]).toContain("extractors disagree on arm 'Control'");

    // 3. reconciled: bo and ana read the reconciled value; the study enters everyone's table
    for (const c of [ana, bo]) expect((await c.post('/api/extractions/reconcile', { ...arm(1, 'Control', 'control', ev(11, 40)), why: 'table 2' })).status).toBe(403);
    const rec = await owner.post('/api/extractions/reconcile', { ...arm(1, 'Control', 'control', ev(11, 40)), why: 'table 2, not the abstract' });
    expect(rec.status).toBe(201);
    expect(rec.body).toMatchObject({ by: 'owner', why: 'table 2, not the abstract', data: { value: { events: 11 } } });
    const mine = (await bo.get('/api/extractions')).body;
    expect(mine.reconciled).toEqual([expect.objectContaining({ key: { item: 'arm', outcome: 'death', arm: 'Control' }, data: { group: 'control', value: ev(11, 40) } })]);
    for (const c of [bo, vic]) expect((await c.get('/api/outcomes/death/table')).body.rows.map((r: string[]) => r.slice(0, 5))).toEqual([['Li 2021', '4', '40', '11', '40']]);
    expect((await owner.get('/api/extractions/discrepancies')).body.discrepancies[0].reconciled).toBe(true);
  });

  it('a reconciled value reaches only the extractors who entered that item', async () => {
    const store = await teamProject(0);
    const { owner, bo } = await doubleExtraction(store);
    await owner.post('/api/extractions/reconcile', { ...arm(1, 'Control', 'control', ev(11, 40)), why: 'agreed at meeting' });
    expect((await bo.get('/api/extractions')).body).toEqual({ items: [], reconciled: [] });
  });

  it('a reviewer the store marks as a resolver may see discrepancies and reconcile', async () => {
    const store = await teamProject(0);
    store.addReviewer({ id: 'cai', name: 'Cai', canResolve: true });
    const { addAccount, UserStore } = await import('../../src/server/index.js');
    await addAccount(store, new UserStore(store.db), { username: 'cai', password: 'correct horse battery', role: 'reviewer' });
    await doubleExtraction(store);
    const cai = await new Client(teamApp(store)).start('cai');
    expect((await cai.get('/api/extractions/discrepancies')).status).toBe(200);
    expect((await cai.post('/api/extractions/reconcile', { ...arm(1, 'MSC', 'msc', ev(4, 40)), why: 'checked' })).status).toBe(201);
  });
});
