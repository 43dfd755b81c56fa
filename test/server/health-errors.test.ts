import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError, createApp, toHttpError } from '../../src/server/index.js';
import { InputError } from '../../src/stats/errors.js';
import { FileFormatError } from '../../src/io/errors.js';
import { Client, localApp, project } from './client.js';

describe('GET /api/health', () => {
  it('GET /api/health answers {"ok": true} without login in both modes', async () => {
    for (const mode of ['local', 'team'] as const) {
      const r = await new Client(createApp({ store: project(), mode, staticDir: null })).get('/api/health');
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ ok: true });
    }
  });
});

describe('errors as JSON', () => {
  it('an unknown API route is a JSON 404', async () => {
    const r = await new Client(localApp()).get('/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });

  it('malformed JSON is 400 invalid_json; a body that is not JSON is 400', async () => {
    const c = await new Client(localApp()).start();
    const bad = await c.request('POST', '/api/reasons', '{"label": ', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_json');
    const form = await c.request('POST', '/api/reasons', 'label=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
  });

  it('a schema failure names the field', async () => {
    const c = await new Client(localApp()).start();
    const r = await c.post('/api/screening/decisions', { recordId: 1, stage: 'title_abstract', verdict: 'yes' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'invalid_input', field: 'verdict' });
    const extra = await c.post('/api/screening/decisions', { recordId: 1, stage: 'title_abstract', verdict: 'include', reviewer: 'someone-else' });
    expect(extra.status).toBe(400);
  });

  it('a body over the route limit is 413', async () => {
    const c = await new Client(localApp()).start();
    const r = await c.post('/api/reasons', { label: 'x'.repeat(300 * 1024) });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('too_large');
  });

  it('toHttpError maps each error type once: ApiError, InputError 422, FileFormatError 422, other 500', () => {
    expect(toHttpError(new ApiError(409, 'x', 'm', 'f'))).toEqual({ status: 409, body: { error: { code: 'x', message: 'm', field: 'f' } } });
    expect(toHttpError(new InputError("'vi' should be positive", { field: 'vi' })).status).toBe(422);
    expect(toHttpError(new FileFormatError('bad', { file: 'a.csv', line: 2, column: 'ai' })).body.error.field).toBe('ai');
    const internal = toHttpError(new Error('secret detail'));
    expect(internal.status).toBe(500);
    expect(internal.body.error.message).not.toContain('secret');
  });
});

describe('local mode and static files', () => {
  it('local mode refuses a request addressed to another host name (DNS rebinding)', async () => {
    const app = localApp();
    const ok = await app.request('http://127.0.0.1:8420/api/health');
    expect(ok.status).toBe(200);
    const r = await app.request('http://evil.example/api/health');
    expect(r.status).toBe(403);
    expect((await r.json()).error.code).toBe('host');
  });

  it('security headers are set (nosniff, CSP, no framing)', async () => {
    const r = await localApp().request('/api/health');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('without web/dist the root is a fallback page', async () => {
    const r = await localApp().request('/');
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('web app has not been built');
  });

  it('with a built front end, its files are served and unknown paths get index.html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'metasift-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    const app = createApp({ store: project(), staticDir: dir });
    expect(await (await app.request('/')).text()).toContain('<title>app</title>');
    expect(await (await app.request('/assets/app.js')).text()).toBe('console.log(1)');
    expect(await (await app.request('/screening/12')).text()).toContain('<title>app</title>');
    expect((await app.request('/api/unknown')).status).toBe(404);
  });
});
