/**
 * Every role against every route, in team mode. The expectations are written out here
 * (not read from the app), so a route that loses its role check fails this test.
 */
import { describe, expect, it } from 'vitest';
import type { SqliteStore } from '../../src/store/index.js';
import { Client, PASSWORD, teamApp, teamProject } from './client.js';

type Who = 'anonymous' | 'vic' | 'ana' | 'owner';
const ALL: readonly Who[] = ['anonymous', 'vic', 'ana', 'owner'];
const BCG = 'study,ai,bi,ci,di\nA,4,119,11,128\nB,6,300,29,274\nC,3,228,11,209\n';

interface Case {
  readonly method: 'POST' | 'PUT' | 'GET';
  readonly path: string;
  /** Who may: everyone else signed in gets 403, anonymous 401. */
  readonly allowed: readonly Who[];
  readonly body?: (who: Who) => unknown;
  readonly setup?: (store: SqliteStore) => void;
}

/** An outcome, a study and ana's and bo's differing MSC arm for it. */
function extraction(s: SqliteStore): void {
  s.extraction.defineOutcome({ name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'owner' });
  s.extraction.addStudy({ label: 'Li 2021', by: 'owner' });
  for (const [who, events] of [['ana', 4], ['bo', 5]] as const) s.extraction.enterArm(1, 'death', 'MSC', { group: 'msc', value: { type: 'events', events, n: 40 } }, { extractor: who });
  s.extraction.enterArm(1, 'death', 'Control', { group: 'control', value: { type: 'events', events: 11, n: 40 } }, { extractor: 'ana' });
}
/** extraction(), with both arms reconciled: a study every role's table holds. */
function settled(s: SqliteStore): void {
  extraction(s);
  s.extraction.reconcile(1, { item: 'arm', outcome: 'death', arm: 'MSC' }, { group: 'msc', value: { type: 'events', events: 4, n: 40 } }, { by: 'owner', why: 'table 2' });
  s.extraction.reconcile(1, { item: 'arm', outcome: 'death', arm: 'Control' }, { group: 'control', value: { type: 'events', events: 11, n: 40 } }, { by: 'owner', why: 'table 2' });
}
const ARM = { studyId: 1, outcome: 'death', arm: 'MSC', entry: { group: 'msc', value: { type: 'events', events: 4, n: 40 } } };

const STATE_CHANGING: readonly Case[] = [
  { method: 'POST', path: '/api/studies', allowed: ['ana', 'owner'], body: (who) => ({ label: `Study of ${who}` }) },
  { method: 'POST', path: '/api/studies/1/reports', allowed: ['ana', 'owner'], body: (who) => ({ recordId: who === 'owner' ? 2 : 1 }), setup: extraction },
  { method: 'POST', path: '/api/outcomes', allowed: ['owner'], body: (who) => ({ name: `death of ${who}`, type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }) },
  { method: 'POST', path: '/api/extractions/arms', allowed: ['ana', 'owner'], body: () => ARM, setup: extraction },
  { method: 'POST', path: '/api/extractions/reconcile', allowed: ['owner'], body: () => ({ ...ARM, why: 'table 2' }), setup: extraction },
  { method: 'POST', path: '/api/extractions/characteristics', allowed: ['ana', 'owner'], body: () => ({ studyId: 1, values: { disease: 'SLE', n_msc: 20 } }), setup: extraction },
  { method: 'POST', path: '/api/extractions/characteristics/reconcile', allowed: ['owner'], body: () => ({ studyId: 1, values: { disease: 'SLE' }, why: 'table 1' }), setup: extraction },
  { method: 'POST', path: '/api/import', allowed: ['owner'], body: () => ({ text: 'TY  - JOUR\nTI  - A trial\nER  - \n', file: 'x.ris' }) },
  { method: 'POST', path: '/api/dedupe/run', allowed: ['owner'], body: () => ({}) },
  { method: 'POST', path: '/api/dedupe/decide', allowed: ['owner'], body: () => ({ a: 1, b: 2, action: 'keep' }) },
  { method: 'POST', path: '/api/merges/1/undo', allowed: ['owner'], setup: (s) => void s.merge([3, 4], { by: 'owner', reason: 'test' }) },
  { method: 'POST', path: '/api/reasons', allowed: ['owner'], body: (who) => ({ label: `Reason of ${who}` }) },
  { method: 'POST', path: '/api/screening/decisions', allowed: ['ana', 'owner'], body: (who) => ({ recordId: who === 'owner' ? 2 : 1, stage: 'title_abstract', verdict: 'include' }) },
  {
    method: 'POST',
    path: '/api/conflicts/resolve',
    allowed: ['owner'],
    body: () => ({ recordId: 5, stage: 'title_abstract', verdict: 'include', method: 'third_reviewer', why: 'fits' }),
    setup: (s) => {
      s.decide({ recordId: 5, stage: 'title_abstract', reviewer: 'ana', verdict: 'include' });
      s.decide({ recordId: 5, stage: 'title_abstract', reviewer: 'bo', verdict: 'exclude' });
    },
  },
  { method: 'PUT', path: '/api/settings/highlight', allowed: ['owner'], body: () => ({ include: ['stem cell'], exclude: ['mice'] }) },
  { method: 'POST', path: '/api/analyses', allowed: ['ana', 'owner'], body: () => ({ csv: BCG, options: { measure: 'RR' } }) },
  { method: 'POST', path: '/api/users', allowed: ['owner'], body: (who) => ({ username: `new-${who}`, password: 'long enough password', role: 'viewer' }) },
  { method: 'POST', path: '/api/auth/password', allowed: ['vic', 'ana', 'owner'], body: () => ({ current: PASSWORD, next: 'another long password' }) },
];

const READS: readonly Case[] = [
  ...['/api/records', '/api/records/1', '/api/screening/view', '/api/reasons', '/api/prisma', '/api/prisma.svg', '/api/dedupe/uncertain', '/api/merges'].map(
    (path): Case => ({ method: 'GET', path, allowed: ['vic', 'ana', 'owner'] }),
  ),
  { method: 'GET', path: '/api/analyses/1', allowed: ['vic', 'ana', 'owner'], setup: (s) => s.setSetting('server.analysis.1', { csv: BCG, file: 'b.csv', options: { measure: 'RR' } }) },
  { method: 'GET', path: '/api/analyses/1/forest.svg', allowed: ['vic', 'ana', 'owner'], setup: (s) => s.setSetting('server.analysis.1', { csv: BCG, file: 'b.csv', options: { measure: 'RR' } }) },
  ...['/api/studies', '/api/outcomes', '/api/outcomes/death/table', '/api/outcomes/death/analysis'].map((path): Case => ({ method: 'GET', path, allowed: ['vic', 'ana', 'owner'], setup: settled })),
  { method: 'GET', path: '/api/settings/highlight', allowed: ['vic', 'ana', 'owner'] },
  { method: 'GET', path: '/api/report.html', allowed: ['vic', 'ana', 'owner'], setup: extraction },
  { method: 'GET', path: '/api/extractions', allowed: ['ana', 'owner'], setup: extraction },
  { method: 'GET', path: '/api/extractions/discrepancies', allowed: ['owner'], setup: extraction },
  { method: 'GET', path: '/api/conflicts', allowed: ['owner'] },
  { method: 'GET', path: '/api/agreement', allowed: ['owner'] },
  { method: 'GET', path: '/api/records?filter=conflicts', allowed: ['owner'] },
  { method: 'GET', path: '/api/users', allowed: ['owner'] },
];

async function check(k: Case): Promise<void> {
  const store = await teamProject();
  k.setup?.(store);
  const app = teamApp(store);
  for (const who of ALL) {
    const c = await new Client(app).start(who === 'anonymous' ? undefined : who);
    const r = await c.request(k.method, k.path, k.body?.(who));
    const expected = k.allowed.includes(who) ? [200, 201] : who === 'anonymous' ? [401] : [403];
    expect(expected, `${k.method} ${k.path} as ${who}: ${r.status} ${r.text.slice(0, 200)}`).toContain(r.status);
  }
}

describe('roles on every route (team mode)', () => {
  for (const k of STATE_CHANGING) it(`${k.method} ${k.path}: ${k.allowed.join(', ')} only; anonymous 401, others 403`, () => check(k));
  for (const k of READS) it(`${k.method} ${k.path}: ${k.allowed.join(', ')} only; anonymous 401, others 403`, () => check(k));

  it('GET /api/health, GET /api/auth/session and POST /api/auth/login are open to anonymous requests', async () => {
    const app = teamApp(await teamProject());
    const c = await new Client(app).start();
    expect((await c.get('/api/health')).status).toBe(200);
    expect((await c.get('/api/auth/session')).body.user).toBeNull();
    expect((await c.post('/api/auth/login', { username: 'vic', password: PASSWORD })).status).toBe(200);
    expect((await c.post('/api/auth/logout')).status).toBe(200);
  });

  it('a reviewer the store marks as a resolver may see and settle conflicts', async () => {
    const store = await teamProject();
    store.addReviewer({ id: 'cai', name: 'Cai', canResolve: true });
    const { addAccount, UserStore } = await import('../../src/server/index.js');
    await addAccount(store, new UserStore(store.db), { username: 'cai', password: PASSWORD, role: 'reviewer' });
    const c = await new Client(teamApp(store)).start('cai');
    expect((await c.get('/api/conflicts')).status).toBe(200);
  });
});
