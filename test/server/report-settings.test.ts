/**
 * What the report is built with, set through the API: an outcome's analysis
 * (GET/PUT/DELETE /api/outcomes/:name/analysis-options; owners and resolvers set it) and
 * PRISMA counts edited by hand (GET/PUT/DELETE /api/settings/prisma-overrides; owners).
 * The report then pools with the saved analysis and draws the saved counts, saying who.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { projectTable } from '../../src/analysis/project-table.js';
import { fixed } from '../../src/plot/svg/format.js';
import { prismaFromLedger } from '../../src/review/prisma-ledger.js';
import type { SqliteStore } from '../../src/store/index.js';
import { addAccount, UserStore } from '../../src/server/index.js';
import { Client, localApp, PASSWORD, project, teamApp, teamProject } from './client.js';

const OPTIONS = '/api/outcomes/death/analysis-options';
const PRISMA = '/api/settings/prisma-overrides';

/** 'death' with three studies, each entered alike by ana and bo (settled, so every role sees them). */
function extracted(s: SqliteStore): void {
  s.extraction.defineOutcome({ name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'owner' });
  for (const [label, a, n1, c, n2] of [['Li 2021', 4, 40, 11, 40], ['Shi 2012', 6, 30, 12, 30], ['Xu 2019', 3, 25, 8, 26]] as const) {
    const { id } = s.extraction.addStudy({ label, by: 'owner' });
    for (const who of ['ana', 'bo']) {
      s.extraction.enterArm(id, 'death', 'MSC', { group: 'msc', value: { type: 'events', events: a, n: n1 } }, { extractor: who });
      s.extraction.enterArm(id, 'death', 'Control', { group: 'control', value: { type: 'events', events: c, n: n2 } }, { extractor: who });
    }
  }
}

function localProject(): SqliteStore {
  const s = project(4);
  for (const id of ['ana', 'bo']) s.addReviewer({ id, name: id, canResolve: false });
  extracted(s);
  return s;
}

const pooledWords = (r: ReturnType<typeof analyzeTable>) =>
  `(95% CI ${fixed(r.transf.ci_lb!, 2)} to ${fixed(r.transf.ci_ub!, 2)})`;

describe('an outcome\'s analysis options', () => {
  it('start unsaved with the defaults; a PUT saves them with who and when, and the report pools with them', async () => {
    const store = localProject();
    const c = await new Client(localApp(store)).start();
    const first = await c.get(OPTIONS);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ outcome: 'death', saved: null, defaults: { measure: 'RR', method: 'MH', test: 'z', level: 95, prediction: false, higherIsBetter: false } });
    const put = await c.request('PUT', OPTIONS, { measure: 'OR', method: 'DL', test: 'z', level: 95, prediction: true, subgroup: null, higherIsBetter: false });
    expect(put.status).toBe(200);
    expect(put.body.saved.options).toEqual({ measure: 'OR', method: 'DL', test: 'z', level: 95, prediction: true, higherIsBetter: false });
    expect(put.body.saved.by).toBe('me');
    expect(put.body.saved.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await c.get(OPTIONS)).body).toEqual(put.body);
    const report = await c.get('/api/report.html');
    const expected = analyzeTable(projectTable(store, 'death'), { measure: 'OR', method: 'DL' });
    expect(report.text).toContain(`Pooled odds ratio ${fixed(expected.transf.est!, 2)} ${pooledWords(expected)}`);
    expect(report.text).toContain(`Analysis as set by me on ${put.body.saved.at.slice(0, 10)}: OR, inverse variance, random effects (DerSimonian–Laird τ²), prediction interval.`);
    expect(report.text).toContain('IV, Random, 95% CI');
    // DELETE goes back to the defaults (M-H risk ratio), kept on record
    const del = await c.request('DELETE', OPTIONS);
    expect(del.body.saved).toBeNull();
    expect(store.setting('analysis.outcome.death')).toMatchObject({ options: null, by: 'me' });
    const back = await c.get('/api/report.html');
    const rr = analyzeTable(projectTable(store, 'death'), { measure: 'RR', method: 'MH' });
    expect(back.text).toContain(`Pooled risk ratio ${fixed(rr.transf.est!, 2)} ${pooledWords(rr)}`);
    expect(back.text).toContain('(the default; no analysis has been saved for this outcome)');
  });

  it('refuses bad combinations (422 naming the field), wrong shapes (400), an unknown outcome (404) and a PUT without CSRF (403); nothing is saved', async () => {
    const store = localProject();
    const c = await new Client(localApp(store)).start();
    const mh = await c.request('PUT', OPTIONS, { measure: 'OR', method: 'MH', test: 'knha' });
    expect(mh.status).toBe(422);
    expect(mh.body.error).toMatchObject({ code: 'invalid_data', field: 'test' });
    const smd = await c.request('PUT', OPTIONS, { measure: 'SMD', method: 'MH' });
    expect(smd.status).toBe(422);
    expect(smd.body.error.field).toBe('measure');
    expect(smd.body.error.message).toContain('death is a binary outcome');
    store.extraction.defineOutcome({ name: 'sledai', type: 'continuous', unit: 'points', lowerIsBetter: true, timepoint: '6 months' }, { by: 'owner' });
    const cont = await c.request('PUT', '/api/outcomes/sledai/analysis-options', { measure: 'SMD', method: 'MH' });
    expect(cont.status).toBe(422);
    expect(cont.body.error).toMatchObject({ field: 'method', message: 'The Mantel–Haenszel method pools OR, RR or RD, not SMD: choose another method or measure.' });
    expect((await c.request('PUT', OPTIONS, { method: 'XX' })).body.error).toMatchObject({ code: 'invalid_input', field: 'method' });
    expect((await c.request('PUT', OPTIONS, { level: 100 })).status).toBe(400);
    expect((await c.request('PUT', OPTIONS, { other: 1 })).status).toBe(400);
    const sub = await c.request('PUT', OPTIONS, { subgroup: 'colour' });
    expect(sub.status).toBe(422);
    expect(sub.body.error.field).toBe('subgroup');
    const missing = await c.request('PUT', '/api/outcomes/nope/analysis-options', { method: 'DL' });
    expect(missing.status).toBe(404);
    c.csrf = false;
    expect((await c.request('PUT', OPTIONS, { method: 'DL' })).body.error.code).toBe('csrf');
    expect(store.setting('analysis.outcome.death')).toBeUndefined();
    expect(store.setting('analysis.outcome.sledai')).toBeUndefined();
  });

  it('team mode: everyone reads; owners and resolving reviewers set; other reviewers and viewers get 403', async () => {
    const store = await teamProject(4);
    store.addReviewer({ id: 'cai', name: 'Cai', canResolve: true });
    await addAccount(store, new UserStore(store.db), { username: 'cai', password: PASSWORD, role: 'reviewer' });
    extracted(store);
    const app = teamApp(store);
    const who = async (name: string) => new Client(app).start(name);
    for (const name of ['ana', 'vic']) {
      const c = await who(name);
      expect((await c.get(OPTIONS)).status).toBe(200);
      const r = await c.request('PUT', OPTIONS, { method: 'DL', measure: 'RR' });
      expect(r.status).toBe(403);
      expect(r.body.error.message).toContain('Only owners and reviewers who resolve');
      expect((await c.request('DELETE', OPTIONS)).status).toBe(403);
    }
    const cai = await who('cai');
    expect((await cai.request('PUT', OPTIONS, { method: 'DL', measure: 'RR' })).body.saved).toMatchObject({ by: 'cai', options: { method: 'DL' } });
    const owner = await who('owner');
    expect((await owner.request('PUT', OPTIONS, { method: 'PETO', measure: 'OR' })).body.saved).toMatchObject({ by: 'owner', options: { method: 'PETO', measure: 'OR' } });
    const vic = await who('vic');
    expect((await vic.get(OPTIONS)).body.saved.by).toBe('owner');
    expect((await vic.get('/api/report.html')).text).toContain('Analysis as set by owner on');
    expect((await (await new Client(app).start()).get(OPTIONS)).status).toBe(401);
  });
});

describe('PRISMA counts edited by hand', () => {
  const counts = {
    template: 'new',
    identification: { records_identified: null, databases: [{ name: 'PubMed', n: 120 }, { name: 'Embase', n: 80 }], registers: 3, duplicates_removed: 40 },
    screening: { screened: 163, excluded: 140 },
    retrieval: { sought: 23, not_retrieved: 1 },
    eligibility: { assessed: 22, excluded: [{ reason: 'Wrong population', n: 12 }] },
    included: { studies: 9, reports: 10 },
  };

  it('an owner saves them; they are read back, drawn in the report with who edited them; DELETE goes back to the live counts', async () => {
    const store = localProject();
    const c = await new Client(localApp(store)).start();
    expect((await c.get(PRISMA)).body).toEqual({ saved: null });
    const put = await c.request('PUT', PRISMA, { counts });
    expect(put.status).toBe(200);
    expect(put.body.saved.by).toBe('me');
    expect(put.body.saved.counts.identification.databases).toEqual([{ name: 'PubMed', n: 120 }, { name: 'Embase', n: 80 }]);
    expect((await c.get(PRISMA)).body).toEqual(put.body);
    const report = (await c.get('/api/report.html')).text;
    expect(report).toContain(`PRISMA 2020 flow diagram: counts edited by hand by me on ${put.body.saved.at.slice(0, 10)}`);
    expect(report).toContain('Embase');
    expect(report).toMatch(/Wrong population[^<]*\(n = 12\)/);
    // the live counts are unchanged by it
    expect((await c.get('/api/prisma')).body).toEqual(prismaFromLedger(store.ledger()));
    const del = await c.request('DELETE', PRISMA);
    expect(del.body).toEqual({ saved: null });
    const live = (await c.get('/api/report.html')).text;
    expect(live).toContain('PRISMA 2020 flow diagram from the screening record');
    expect(live).not.toContain('Embase');
  });

  it('refuses counts prismaCounts rejects (422 naming the field) and wrong shapes (400); only owners set them; CSRF is required', async () => {
    const store = await teamProject(2);
    const app = teamApp(store);
    const owner = await new Client(app).start('owner');
    const bad = await owner.request('PUT', PRISMA, { counts: { ...counts, screening: { screened: -3 } } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toContain("'screening.screened' should be a whole number ≥ 0 or null");
    expect((await owner.request('PUT', PRISMA, { counts: 'many' })).status).toBe(400);
    expect((await owner.request('PUT', PRISMA, counts)).status).toBe(400);
    for (const name of ['ana', 'vic']) {
      const c = await new Client(app).start(name);
      expect((await c.get(PRISMA)).status).toBe(200);
      expect((await c.request('PUT', PRISMA, { counts })).status).toBe(403);
      expect((await c.request('DELETE', PRISMA)).status).toBe(403);
    }
    owner.csrf = false;
    expect((await owner.request('PUT', PRISMA, { counts })).body.error.code).toBe('csrf');
    expect(store.setting('prisma.overrides')).toBeUndefined();
  });
});
