import { describe, expect, it } from 'vitest';
import { Client, localApp, project } from './client.js';

// dat.bcg (Colditz et al. 1994): metafor's rma(measure="RR", method="REML") gives b = -0.7145
const BCG = `study,ai,bi,ci,di
Aronson,4,119,11,128
Ferguson & Simes,6,300,29,274
Rosenthal et al,3,228,11,209
Hart & Sutherland,62,13536,248,12619
Frimodt-Moller et al,33,5036,47,5761
Stein & Aronson,180,1361,372,1079
Vandiviere et al,8,2537,10,619
TPT Madras,505,87886,499,87892
Coetzee & Berjak,29,7470,45,7232
Rosenthal et al,17,1699,65,1600
Comstock et al,186,50448,141,27197
Comstock & Webster,5,2493,3,2338
Comstock et al,27,16886,29,17825
`;

describe('PRISMA', () => {
  it('GET /api/prisma gives counts from the ledger; GET /api/prisma.svg draws them', async () => {
    const store = project(5);
    const c = await new Client(localApp(store)).start();
    store.setSetting('screening.required', 1);
    await c.post('/api/screening/decisions', { recordId: 1, stage: 'title_abstract', verdict: 'exclude' });
    const r = await c.get('/api/prisma');
    expect(r.status).toBe(200);
    expect(r.body.counts.identification.records_identified).toBe(5);
    expect(r.body.counts.screening).toEqual({ screened: 1, excluded: 1 });
    expect(r.body.pending.titleAbstract).toBe(4);
    const svg = await c.get('/api/prisma.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(svg.text.startsWith('<svg') || svg.text.startsWith('<?xml')).toBe(true);
  });
});

describe('analyses', () => {
  it('POST /api/analyses pools the table (201, metafor\'s numbers); GET /api/analyses/:id and its forest plot follow', async () => {
    const c = await new Client(localApp()).start();
    const r = await c.post('/api/analyses', { csv: BCG, file: 'bcg.csv', options: { measure: 'RR', method: 'REML' } });
    expect(r.status).toBe(201);
    expect(r.body.id).toBe(1);
    expect(r.body.result.k).toBe(13);
    expect(r.body.result.b).toBeCloseTo(-0.7145, 4);
    const again = await c.get('/api/analyses/1');
    expect(again.status).toBe(200);
    expect(again.body.result.b).toBe(r.body.result.b);
    const svg = await c.get('/api/analyses/1/forest.svg?layout=metafor&prediction=true');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(svg.text).toContain('Aronson');
    expect((await c.get('/api/analyses/1/forest.svg')).status).toBe(200);
    expect((await c.get('/api/analyses/1/forest.svg?layout=wide')).status).toBe(400);
  });

  it('POST /api/analyses: bad data 422 naming file, line and column; bad options 400; unknown analysis 404', async () => {
    const c = await new Client(localApp()).start();
    const bad = await c.post('/api/analyses', { csv: 'study,ai,bi,ci,di\nA,4,119,11,128\nB,six,300,29,274\n', file: 'bad.csv', options: { measure: 'RR' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toContain('bad.csv');
    expect(bad.body.error.field).toBe('ai');
    expect((await c.post('/api/analyses', { csv: BCG, options: { method: 'XX' } })).status).toBe(400);
    expect((await c.post('/api/analyses', { csv: BCG, options: { permutations: 1e9 } })).status).toBe(400);
    expect((await c.post('/api/analyses', { options: {} })).status).toBe(400);
    expect((await c.get('/api/analyses/9')).status).toBe(404);
    expect((await c.get('/api/analyses/9/forest.svg')).status).toBe(404);
  });
});
