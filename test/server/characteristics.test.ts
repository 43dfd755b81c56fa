/**
 * A study's characteristics through the API: entered for the asker, checked by the core's
 * checkCharacteristics (the field named), read back by their extractor only, compared
 * between extractors and reconciled by a resolver, as arm values are.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractionError } from '../../src/review/extraction/index.js';
import { checkCharacteristics } from '../../src/review/extraction/index.js';
import { Client, localApp, project, teamApp, teamProject } from './client.js';

const LI = { disease: 'SLE', msc_source: 'umbilical cord', dose: '1×10⁶ cells/kg', route: 'intravenous', control: 'placebo', follow_up: '12 months', n_msc: 20, n_control: 20 };
const body = (values: object, studyId = 1) => ({ studyId, values });

describe('study characteristics', () => {
  it('POST /api/extractions/characteristics records them for the asker (201); a second entry replaces the first, with history; GET /api/extractions returns them', async () => {
    const store = project(0);
    const c = await new Client(localApp(store)).start();
    await c.post('/api/studies', { label: 'Li 2021' });
    const r = await c.post('/api/extractions/characteristics', body(LI));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ studyId: 1, extractor: 'me', key: { item: 'characteristics' }, data: LI, before: null });
    const again = await c.post('/api/extractions/characteristics', body({ ...LI, dose: '2×10⁶ cells/kg', n_control: null, disease: '系统性红斑狼疮' }));
    expect(again.status).toBe(201);
    expect(again.body.before).toEqual(LI);
    const mine = await c.get('/api/extractions?studyId=1');
    expect(mine.body.items).toEqual([{ studyId: 1, key: { item: 'characteristics' }, extractor: 'me', data: { ...LI, dose: '2×10⁶ cells/kg', n_control: null, disease: '系统性红斑狼疮' } }]);
    expect(store.extraction.extractionHistory(1)).toHaveLength(2);
  });

  it('the core refuses a count that is not a whole number ≥ 1 (422 with its own message and the field); shapes are zod\'s (400); an unknown study is 404', async () => {
    const store = project(0);
    const c = await new Client(localApp(store)).start();
    await c.post('/api/studies', { label: 'Li 2021' });
    for (const bad of [0, 2.5, -3]) {
      const r = await c.post('/api/extractions/characteristics', body({ n_msc: bad }));
      expect(r.status).toBe(422);
      expect(r.body.error.field).toBe('n_msc');
      let core = '';
      try {
        checkCharacteristics({ n_msc: bad });
      } catch (e) {
        core = (e as ExtractionError).message;
      }
      expect(r.body.error.message).toContain(core);
    }
    expect((await c.post('/api/extractions/characteristics', body({ n_msc: '20' }))).body.error.field).toBe('values.n_msc');
    expect((await c.post('/api/extractions/characteristics', body({ disease: 3 }))).status).toBe(400);
    expect((await c.post('/api/extractions/characteristics', body({ species: 'mouse' }))).status).toBe(400);
    expect((await c.post('/api/extractions/characteristics', body([]))).status).toBe(400);
    expect((await c.post('/api/extractions/characteristics', { values: LI })).status).toBe(400);
    expect((await c.post('/api/extractions/characteristics', body(LI, 9))).status).toBe(404);
    expect(store.extraction.extractionHistory(1)).toHaveLength(0);
  });

  it('double extraction: each reads only their own; the owner sees the differing fields and reconciles; the reconciled value then reaches both extractors', async () => {
    const store = await teamProject(0);
    const app = teamApp(store);
    const owner = await new Client(app).start('owner');
    const ana = await new Client(app).start('ana');
    const bo = await new Client(app).start('bo');
    await owner.post('/api/studies', { label: 'Li 2021' });
    expect((await ana.post('/api/extractions/characteristics', body(LI))).status).toBe(201);
    expect((await bo.post('/api/extractions/characteristics', body({ ...LI, dose: '1×10⁵ cells/kg', n_msc: 21 }))).status).toBe(201);
    expect((await bo.get('/api/extractions?studyId=1')).body.items.map((i: { extractor: string }) => i.extractor)).toEqual(['bo']);
    expect((await ana.get('/api/extractions/discrepancies?studyId=1')).status).toBe(403);

    const d = await owner.get('/api/extractions/discrepancies?studyId=1');
    expect(d.status).toBe(200);
    const fields = d.body.discrepancies.filter((x: { item: string }) => x.item === 'characteristics');
    expect(fields.map((x: { field: string; values: object }) => [x.field, x.values])).toEqual([
      ['dose', { ana: '1×10⁶ cells/kg', bo: '1×10⁵ cells/kg' }],
      ['n_msc', { ana: 20, bo: 21 }],
    ]);

    const why = { ...body(LI), why: 'Table 1 of the full text' };
    expect((await ana.post('/api/extractions/characteristics/reconcile', why)).status).toBe(403);
    expect((await owner.post('/api/extractions/characteristics/reconcile', { ...why, why: '' })).status).toBe(400);
    expect((await owner.post('/api/extractions/characteristics/reconcile', { ...why, values: { n_msc: 0 } })).status).toBe(422);
    const rec = await owner.post('/api/extractions/characteristics/reconcile', why);
    expect(rec.status).toBe(201);
    expect(rec.body).toMatchObject({ studyId: 1, key: { item: 'characteristics' }, data: LI, by: 'owner', why: 'Table 1 of the full text' });
    for (const c of [ana, bo]) expect((await c.get('/api/extractions?studyId=1')).body.reconciled.map((r: { data: object }) => r.data)).toEqual([LI]);
    const after = await owner.get('/api/extractions/discrepancies?studyId=1');
    expect(after.body.discrepancies.every((x: { reconciled: boolean }) => x.reconciled)).toBe(true);
  });
});
