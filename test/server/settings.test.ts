/** GET/PUT /api/settings/highlight: the project's highlight terms, read by everyone, set by owners. */
import { describe, expect, it } from 'vitest';
import { Client, localApp, project, teamApp, teamProject } from './client.js';

const PATH = '/api/settings/highlight';

describe('highlight terms', () => {
  it('start empty; an owner sets them (trimmed, once each, Chinese kept as typed) and they are kept in the project settings', async () => {
    const store = project(0);
    const c = await new Client(localApp(store)).start();
    expect((await c.get(PATH)).body).toEqual({ include: [], exclude: [] });
    const r = await c.request('PUT', PATH, { include: [' stem cell ', '间充质干细胞', 'Stem Cell', 'randomised'], exclude: ['mice', '小鼠', '大鼠 '] });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ include: ['stem cell', '间充质干细胞', 'randomised'], exclude: ['mice', '小鼠', '大鼠'] });
    expect(store.setting('screening.highlight.include')).toEqual(['stem cell', '间充质干细胞', 'randomised']);
    expect(store.setting('screening.highlight.exclude')).toEqual(['mice', '小鼠', '大鼠']);
    expect((await c.get(PATH)).body).toEqual(r.body);
    // and may clear them
    expect((await c.request('PUT', PATH, { include: [], exclude: [] })).body).toEqual({ include: [], exclude: [] });
  });

  it('refuses blank and overlong terms, missing lists, unknown keys and non-JSON with 400 naming the field; nothing is saved', async () => {
    const store = project(0);
    const c = await new Client(localApp(store)).start();
    const blank = await c.request('PUT', PATH, { include: ['ok', '  '], exclude: [] });
    expect(blank.status).toBe(400);
    expect(blank.body.error).toMatchObject({ code: 'invalid_input', field: 'include.1' });
    expect((await c.request('PUT', PATH, { include: ['x'.repeat(101)], exclude: [] })).body.error.field).toBe('include.0');
    expect((await c.request('PUT', PATH, { include: ['a'] })).body.error.field).toBe('exclude');
    expect((await c.request('PUT', PATH, { include: [], exclude: [], other: [] })).status).toBe(400);
    expect((await c.request('PUT', PATH, { include: 'stem cell', exclude: [] })).status).toBe(400);
    expect((await c.request('PUT', PATH, { include: Array.from({ length: 501 }, (_, i) => `t${i}`), exclude: [] })).status).toBe(400);
    expect((await c.request('PUT', PATH, 'not json')).status).toBe(400);
    expect((await c.request('PUT', PATH, '{}', { 'content-type': 'text/plain' })).status).toBe(400);
    expect(store.setting('screening.highlight.include')).toBeUndefined();
  });

  it('a PUT without the CSRF header is refused (403 csrf)', async () => {
    const c = await new Client(localApp(project(0))).start();
    c.csrf = false;
    const r = await c.request('PUT', PATH, { include: ['a'], exclude: [] });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('csrf');
  });

  it('team mode: everyone signed in reads the owner\'s terms; reviewers and viewers may not change them', async () => {
    const store = await teamProject(0);
    const app = teamApp(store);
    const owner = await new Client(app).start('owner');
    expect((await owner.request('PUT', PATH, { include: ['干细胞'], exclude: ['mice'] })).status).toBe(200);
    for (const who of ['ana', 'vic']) {
      const c = await new Client(app).start(who);
      expect((await c.get(PATH)).body).toEqual({ include: ['干细胞'], exclude: ['mice'] });
      const r = await c.request('PUT', PATH, { include: [], exclude: [] });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
    expect((await (await new Client(app).start()).get(PATH)).status).toBe(401);
    expect(store.setting('screening.highlight.include')).toEqual(['干细胞']);
  });

  it('include and exclude are written in one transaction: a failure writing the second keeps the previous pair', async () => {
    const store = project(0);
    const c = await new Client(localApp(store)).start();
    expect((await c.request('PUT', PATH, { include: ['stem cell'], exclude: ['mice'] })).status).toBe(200);
    // the database refuses the second write (as a full disk or a lock would)
    store.db.exec(`CREATE TEMP TRIGGER refuse_exclude BEFORE INSERT ON setting_events WHEN NEW.key = 'screening.highlight.exclude' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const r = await c.request('PUT', PATH, { include: ['randomised'], exclude: ['rats'] });
    expect(r.status).toBe(500);
    store.db.exec('DROP TRIGGER refuse_exclude');
    expect((await c.get(PATH)).body).toEqual({ include: ['stem cell'], exclude: ['mice'] });
  });

  it('a stored value that is not a list of text reads as no terms', async () => {
    const store = project(0);
    store.setSetting('screening.highlight.include', 'stem cell');
    store.setSetting('screening.highlight.exclude', ['mice', 3]);
    const c = await new Client(localApp(store)).start();
    expect((await c.get(PATH)).body).toEqual({ include: [], exclude: ['mice'] });
  });
});
