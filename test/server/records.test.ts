import { describe, expect, it } from 'vitest';
import { Client, localApp, project } from './client.js';

const RIS = `TY  - JOUR
ID  - 101
TI  - Mesenchymal stem cells for lupus nephritis
AU  - Li, X
PY  - 2019
JO  - Lupus
ER  - 

TY  - JOUR
ID  - 102
TI  - Adipose stromal cells for perianal fistula
AU  - Garcia-Olmo, D
PY  - 2009
ER  - 
`;

describe('GET /api/records', () => {
  it('GET /api/records pages through records with totals', async () => {
    const c = await new Client(localApp(project(12))).start();
    const r = await c.get('/api/records?offset=5&limit=4');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(12);
    expect(r.body.items.map((x: { id: number }) => x.id)).toEqual([6, 7, 8, 9]);
    expect(r.body.items[0]).toMatchObject({ title: 'Stem cells for disease 6', year: 2020, database: 'PubMed', screening: null });
  });

  it('GET /api/records filters undecided, mine and conflicts', async () => {
    const store = project(4);
    store.addReviewer({ id: 'ana', name: 'Ana', canResolve: false });
    store.setSetting('screening.required', 2);
    const c = await new Client(localApp(store)).start();
    await c.post('/api/screening/decisions', { recordId: 1, stage: 'title_abstract', verdict: 'include' });
    await c.post('/api/screening/decisions', { recordId: 2, stage: 'title_abstract', verdict: 'exclude' });
    store.decide({ recordId: 2, stage: 'title_abstract', reviewer: 'ana', verdict: 'include' });
    const ids = async (q: string) => (await c.get(`/api/records?${q}`)).body.items.map((x: { id: number }) => x.id);
    expect(await ids('filter=mine')).toEqual([1, 2]);
    expect(await ids('filter=undecided')).toEqual([3, 4]);
    expect(await ids('filter=conflicts')).toEqual([2]);
    expect(await ids('filter=undecided&stage=full_text')).toEqual([]);
  });

  it('GET /api/records refuses bad paging and unknown filters with 400', async () => {
    const c = new Client(localApp());
    for (const q of ['limit=0', 'limit=501', 'offset=-1', 'filter=everything', 'stage=abstract', 'sort=title']) {
      const r = await c.get(`/api/records?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error.code).toBe('invalid_input');
    }
  });

  it('GET /api/records/:id returns the record, 404 when unknown, 400 when not an id', async () => {
    const c = new Client(localApp());
    const r = await c.get('/api/records/3');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: 3, record: { title: 'Stem cells for disease 3' }, duplicateOf: null, screening: [] });
    expect((await c.get('/api/records/99')).status).toBe(404);
    expect((await c.get('/api/records/abc')).status).toBe(400);
  });
});

describe('POST /api/import', () => {
  it('POST /api/import reads the file, stores the records and returns a summary', async () => {
    const store = project(0);
    const c = await new Client(localApp(store)).start();
    const r = await c.post('/api/import', { text: RIS, file: 'embase.ris', database: 'Embase' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ batchId: 1, count: 2, format: 'ris' });
    expect(store.countRecords()).toBe(2);
    expect(store.records()[0].record.source.database).toBe('Embase');
    expect(store.batches()[0].by).toBe('me');
  });

  it('POST /api/import: a malformed file is 422 naming the file and imports nothing; missing fields are 400', async () => {
    const store = project(0);
    const c = await new Client(localApp(store)).start();
    const r = await c.post('/api/import', { text: '<xml><records><record>', file: 'endnote.xml' });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('invalid_file');
    expect(r.body.error.message).toContain('endnote.xml');
    expect(store.countRecords()).toBe(0);
    expect((await c.post('/api/import', { text: RIS })).status).toBe(400);
    expect((await c.post('/api/import', { text: '', file: 'x.ris' })).status).toBe(400);
  });
});
