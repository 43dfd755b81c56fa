import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runServe } from '../../src/cli/serve.js';
import { createApp, startServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { project } from './client.js';

describe('the Node server', () => {
  it('startServer(app, {port: 0, host: 127.0.0.1}) answers GET /api/health over loopback and stops', async () => {
    const server = await startServer(createApp({ store: project(), staticDir: null }), { port: 0, host: '127.0.0.1' });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await fetch(`${server.url}/api/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true });
    await server.close();
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });

  it('runServe makes a working copy of the embedded review, serves it and stops, leaving the project closed', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'metasift-serve-'));
    const out: string[] = [];
    const handle = (await runServe(['--port', '0'], (s) => out.push(s), { cwd, signals: false }))!;
    expect(out.join('')).toContain(handle.url);
    const records = await (await fetch(`${handle.url}/api/records?limit=500`)).json();
    expect(records.total).toBeGreaterThan(30);
    expect(records.items[0].database).toBe('MSC evidence base');
    await handle.stop();
    const path = join(cwd, 'metasift-work', 'msc-autoimmune.sqlite');
    expect(existsSync(path)).toBe(true);
    const reopened = SqliteStore.open(path);
    expect(reopened.setting('screening.required')).toBe(1);
    reopened.close();
    // a second run reopens the copy rather than seeding it again
    const again = (await runServe(['--port', '0'], () => {}, { cwd, signals: false }))!;
    expect((await (await fetch(`${again.url}/api/records`)).json()).total).toBe(records.total);
    await again.stop();
  });

  it('runServe says in words when the port is taken, and leaves the project closed', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'metasift-busy-'));
    const first = (await runServe(['--port', '0'], () => {}, { cwd, signals: false }))!;
    const port = new URL(first.url).port;
    await expect(runServe(['--port', port], () => {}, { cwd, signals: false })).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use (is metasift already running there?)`);
    await first.stop();
  });

  it('runServe refuses to serve local mode on a non-loopback address, and prints help', async () => {
    await expect(runServe(['--host', '0.0.0.0'], () => {}, { signals: false })).rejects.toThrow(/--team/);
    await expect(runServe(['--port', 'eighty'], () => {}, { signals: false })).rejects.toThrow(/--port/);
    const out: string[] = [];
    expect(await runServe(['--help'], (s) => out.push(s))).toBeUndefined();
    expect(out.join('')).toContain('Usage: metasift serve');
  });

  it('runServe --team creates an owner account on first run and prints its password once', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'metasift-team-'));
    const file = join(cwd, 'review.sqlite');
    const out: string[] = [];
    const handle = (await runServe([file, '--team', '--port', '0'], (s) => out.push(s), { signals: false }))!;
    const password = /password (\S+) \(shown once/.exec(out.join(''))![1];
    const anon = await fetch(`${handle.url}/api/records`);
    expect(anon.status).toBe(401);
    const session = await fetch(`${handle.url}/api/auth/session`);
    const csrf = (await session.json()).csrf;
    const login = await fetch(`${handle.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `metasift_csrf=${csrf}` },
      body: JSON.stringify({ username: 'owner', password }),
    });
    expect(login.status).toBe(200);
    await handle.stop();
    const second: string[] = [];
    const again = (await runServe([file, '--team', '--port', '0'], (s) => second.push(s), { signals: false }))!;
    expect(second.join('')).not.toContain('password');
    await again.stop();
  });
});
