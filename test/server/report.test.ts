/**
 * GET /api/report.html: the project's report as one HTML file, the same as
 * `metasift report PROJECT` makes from the same data, and blinded for non-resolvers.
 */
import { describe, expect, it, vi } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import { projectTable } from '../../src/analysis/project-table.js';
import { renderReport } from '../../src/report/html-report.js';
import { projectReport } from '../../src/report/project-report.js';
import { prismaFromLedger } from '../../src/review/prisma-ledger.js';
import type { SqliteStore } from '../../src/store/index.js';
import { fixed } from '../../src/plot/svg/format.js';
import { Client, localApp, project, teamApp, teamProject } from './client.js';

const ev = (events: number, n: number) => ({ type: 'events' as const, events, n });
const arm = (s: SqliteStore, study: number, who: string, name: 'MSC' | 'Control', v: ReturnType<typeof ev>) =>
  s.extraction.enterArm(study, 'death', name, { group: name === 'MSC' ? 'msc' : 'control', value: v }, { extractor: who });

/** Two studies of 'death': Li 2021 entered identically by ana and bo (settled), Shi 2012 by ana alone (open). */
function extracted(s: SqliteStore): void {
  s.extraction.defineOutcome({ name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'owner' });
  s.extraction.addStudy({ label: 'Li 2021', by: 'owner' });
  s.extraction.addStudy({ label: 'Shi 2012', by: 'owner' });
  for (const who of ['ana', 'bo']) {
    arm(s, 1, who, 'MSC', ev(4, 40));
    arm(s, 1, who, 'Control', ev(11, 40));
  }
  arm(s, 2, 'ana', 'MSC', ev(6, 30));
  arm(s, 2, 'ana', 'Control', ev(12, 30));
  s.setSetting('screening.required', 1);
  s.decide({ recordId: 1, stage: 'title_abstract', reviewer: 'ana', verdict: 'exclude' });
}

describe('GET /api/report.html', () => {
  it('is an HTML attachment with the PRISMA figure inline and the pooled result, equal to the CLI report of the same project', async () => {
    const store = project(4);
    store.setSetting('title', 'MSC for lupus: 间充质干细胞');
    store.addReviewer({ id: 'ana', name: 'Ana', canResolve: false });
    store.addReviewer({ id: 'bo', name: 'Bo', canResolve: false });
    extracted(store);
    const c = await new Client(localApp(store)).start();
    const r = await c.get('/api/report.html');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="metasift-report.html"');
    expect(r.text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.text).toContain('<title>MSC for lupus: 间充质干细胞</title>');
    // self-contained: the figures are inline SVG, nothing is fetched
    expect(r.text).toMatch(/<figure id="fig-prisma">\n<svg/);
    expect(r.text).toContain('<figure id="fig-forest-death">');
    expect(r.text).not.toMatch(/<(script|img|link)\b/);
    // the owner is a resolver: both studies, pooled by Mantel-Haenszel as the CLI does
    const result = analyzeTable(projectTable(store, 'death'), { measure: 'RR', method: 'MH' });
    expect(result.k).toBe(2);
    expect(r.text).toContain(`Pooled risk ratio ${fixed(Math.exp(result.b as number), 2)} (95% CI ${fixed(Math.exp(result.ci_lb as number), 2)} to ${fixed(Math.exp(result.ci_ub as number), 2)})`);
    expect(r.text).toContain('from 2 studies');
    // the same bytes as the CLI's report of this store
    const { model } = projectReport({
      title: 'MSC for lupus: 间充质干细胞',
      prisma: prismaFromLedger(store.ledger()).counts,
      outcomes: [{ table: projectTable(store, 'death'), rob: [], grade: undefined }],
    });
    expect(r.text).toBe(renderReport(model));
  });

  it('a reviewer who is not a resolver gets settled data only: the study one extractor entered is left out, and the report says so', async () => {
    const store = await teamProject(4);
    extracted(store);
    const app = teamApp(store);
    const owner = await (await new Client(app).start('owner')).get('/api/report.html');
    const ana = await (await new Client(app).start('ana')).get('/api/report.html');
    const vic = await (await new Client(app).start('vic')).get('/api/report.html');
    expect([owner.status, ana.status, vic.status]).toEqual([200, 200, 200]);
    expect(owner.text).toContain('Shi 2012');
    expect(owner.text).toContain('from 2 studies');
    for (const r of [ana, vic]) {
      expect(r.text).not.toContain('Shi 2012');
      expect(r.text).toContain('Li 2021');
      expect(r.text).toContain('from 1 study');
      expect(r.text).toContain('1 study is left out until every arm is checked by a second extractor or reconciled');
      expect(r.text).toContain('Settled data only');
    }
    expect(owner.text).not.toContain('Settled data only');
    // the PRISMA counts are the ledger's settled ones for everyone
    expect(ana.text).toContain('<figure id="fig-prisma">');
    expect((await (await new Client(app).start()).get('/api/report.html')).status).toBe(401);
  });

  it('a saved analysis with subgroups by a characteristic some studies lack: everyone gets the report, pooled over all the studies, a non-resolver with no study named', async () => {
    const store = await teamProject(4);
    const x = store.extraction;
    for (const name of ['death', 'relapse']) x.defineOutcome({ name, type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'owner' });
    for (const [label, a, n1, c, n2] of [['Li 2021', 4, 40, 11, 40], ['Shi 2012', 6, 30, 12, 30], ['Xu 2019', 3, 25, 8, 26]] as const) {
      const { id } = x.addStudy({ label, by: 'owner' });
      for (const who of ['ana', 'bo']) {
        for (const o of ['death', 'relapse']) {
          x.enterArm(id, o, 'MSC', { group: 'msc', value: { type: 'events', events: a, n: n1 } }, { extractor: who });
          x.enterArm(id, o, 'Control', { group: 'control', value: { type: 'events', events: c, n: n2 } }, { extractor: who });
        }
      }
    }
    // Li 2021's source agreed by two, Shi 2012's entered by ana alone, Xu 2019's by nobody
    x.enterCharacteristics(1, { msc_source: 'umbilical_cord' }, { extractor: 'ana' });
    x.enterCharacteristics(1, { msc_source: 'umbilical_cord' }, { extractor: 'bo' });
    x.enterCharacteristics(2, { msc_source: 'bone_marrow' }, { extractor: 'ana' });
    const app = teamApp(store);
    const owner = await new Client(app).start('owner');
    for (const o of ['death', 'relapse']) expect((await owner.request('PUT', `/api/outcomes/${o}/analysis-options`, { subgroup: 'msc_source' })).status).toBe(200);

    const full = await owner.get('/api/report.html');
    expect(full.status).toBe(200);
    expect(full.text).toContain('Subgroups by MSC source are not shown: 1 of 3 studies has no MSC source (not entered for Xu 2019). The result pools all 3 studies without subgroups.');
    expect(full.text).toContain('from 3 studies');

    const spied = { values: vi.spyOn(x, 'characteristicValues'), rob: vi.spyOn(x, 'rob2Final') };
    try {
      const bo = await new Client(app).start('bo');
      const r = await bo.get('/api/report.html');
      expect(r.status).toBe(200);
      expect(r.text).toContain('MSC source of 1 study is left empty: not yet checked by a second extractor or reconciled.');
      expect(r.text).toContain('Subgroups by MSC source are not shown: 2 of 3 studies have no MSC source yet (not entered, or not yet checked by a second extractor). The result pools all 3 studies without subgroups.');
      expect(r.text).toContain('from 3 studies');
      expect(r.text).not.toMatch(/bone_marrow|not entered for|disagree/);
      // the store read once per request for the characteristics, once per outcome for RoB 2
      expect(spied.values).toHaveBeenCalledTimes(1);
      expect(spied.rob).toHaveBeenCalledTimes(2);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('a project with no outcomes still reports its PRISMA flow, under the default title', async () => {
    const c = await new Client(localApp(project(3))).start();
    const r = await c.get('/api/report.html');
    expect(r.status).toBe(200);
    expect(r.text).toContain('<h1>Systematic review</h1>');
    expect(r.text).toContain('<figure id="fig-prisma">');
    expect(r.text).not.toContain('fig-forest');
  });
});
