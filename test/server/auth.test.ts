import { describe, expect, it } from 'vitest';
import { UserStore } from '../../src/server/index.js';
import { Client, PASSWORD, teamApp, teamProject } from './client.js';

describe('accounts and sessions', () => {
  it('passwords are stored as argon2id PHC strings, never in clear', async () => {
    const store = await teamProject();
    const hash = new UserStore(store.db).passwordHash('ana')!;
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(hash).not.toContain(PASSWORD);
    const other = new UserStore(store.db).passwordHash('bo')!;
    expect(other).not.toBe(hash); // salted
  });

  it('POST /api/auth/login sets an httpOnly SameSite=Strict session cookie and a fresh CSRF token; GET /api/auth/session shows the user', async () => {
    const c = await new Client(teamApp(await teamProject())).start();
    const before = c.cookies.get('metasift_csrf');
    const r = await c.request('POST', '/api/auth/login', { username: 'ana', password: PASSWORD });
    expect(r.status).toBe(200);
    const cookies = r.headers.getSetCookie();
    const session = cookies.find((x) => x.startsWith('metasift_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(session).toMatch(/Path=\//);
    expect(session.split(';')[0].length).toBeGreaterThan('metasift_session='.length + 40);
    const csrf = cookies.find((x) => x.startsWith('metasift_csrf='))!;
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(c.cookies.get('metasift_csrf')).not.toBe(before);
    expect(r.body.csrf).toBe(c.cookies.get('metasift_csrf'));
    const me = await c.get('/api/auth/session');
    expect(me.body).toMatchObject({ mode: 'team', user: { id: 'ana', role: 'reviewer' } });
  });

  it('the session table keeps only a hash of the token', async () => {
    const store = await teamProject();
    const c = await new Client(teamApp(store)).start('ana');
    const token = c.cookies.get('metasift_session')!;
    const rows = store.db.prepare('SELECT token_hash FROM server_sessions').all() as { token_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);
  });

  it('a wrong password and an unknown account get the same 401', async () => {
    const c = await new Client(teamApp(await teamProject())).start();
    const wrong = await c.post('/api/auth/login', { username: 'ana', password: 'nope nope nope' });
    const unknown = await c.post('/api/auth/login', { username: 'zed', password: 'nope nope nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('POST /api/auth/logout ends the session server-side: the old cookie no longer works', async () => {
    const app = teamApp(await teamProject());
    const c = await new Client(app).start('ana');
    const token = c.cookies.get('metasift_session')!;
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect(c.cookies.has('metasift_session')).toBe(false);
    c.cookies.set('metasift_session', token);
    expect((await c.get('/api/records')).status).toBe(401);
  });

  it('a session expires after 12 hours', async () => {
    let t = Date.UTC(2025, 0, 1);
    const app = teamApp(await teamProject(), { now: () => new Date(t) });
    const c = await new Client(app).start('ana');
    t += 11 * 3600_000;
    expect((await c.get('/api/records')).status).toBe(200);
    t += 2 * 3600_000;
    expect((await c.get('/api/records')).status).toBe(401);
  });

  it('POST /api/auth/password changes the password after checking the current one, ending other sessions', async () => {
    const app = teamApp(await teamProject());
    const c = await new Client(app).start('ana');
    const other = await new Client(app).start('ana');
    expect((await c.post('/api/auth/password', { current: 'wrong password', next: 'a new long passphrase' })).status).toBe(403);
    expect((await c.post('/api/auth/password', { current: PASSWORD, next: 'short' })).status).toBe(400);
    expect((await c.post('/api/auth/password', { current: PASSWORD, next: 'a new long passphrase' })).status).toBe(200);
    expect((await c.get('/api/records')).status).toBe(200);
    expect((await other.get('/api/records')).status).toBe(401);
    await expect(new Client(app).start('ana', 'a new long passphrase')).resolves.toBeInstanceOf(Client);
  });

  it('GET/POST /api/users: the owner lists and adds accounts (reviewers join the store); duplicates 409; bad input 400', async () => {
    const store = await teamProject();
    const c = await new Client(teamApp(store)).start('owner');
    const list = await c.get('/api/users');
    expect(list.body.map((u: { id: string }) => u.id)).toEqual(['ana', 'bo', 'owner', 'vic']);
    expect(JSON.stringify(list.body)).not.toContain('argon2');
    const r = await c.post('/api/users', { username: 'dee', password: 'long enough password', role: 'reviewer' });
    expect(r.status).toBe(201);
    expect(store.reviewers().find((x) => x.id === 'dee')).toMatchObject({ canResolve: false });
    expect((await c.post('/api/users', { username: 'dee', password: 'long enough password', role: 'reviewer' })).status).toBe(409);
    expect((await c.post('/api/users', { username: 'Dee Dee', password: 'long enough password', role: 'reviewer' })).status).toBe(400);
    expect((await c.post('/api/users', { username: 'eve', password: 'short', role: 'reviewer' })).status).toBe(400);
    expect((await c.post('/api/users', { username: 'eve', password: 'long enough password', role: 'admin' })).status).toBe(400);
    await new Client(teamApp(store)).start('dee', 'long enough password');
  });

  it('in local mode there are no accounts: login and users are 404, the session is the local owner', async () => {
    const { localApp } = await import('./client.js');
    const c = await new Client(localApp()).start();
    expect((await c.get('/api/auth/session')).body).toMatchObject({ mode: 'local', user: { id: 'me', role: 'owner' } });
    expect((await c.post('/api/auth/login', { username: 'me', password: 'x' })).status).toBe(404);
    expect((await c.get('/api/users')).status).toBe(404);
  });
});

describe('CSRF', () => {
  it('a state-changing request without the x-csrf-token header, or with a wrong one, is 403', async () => {
    const store = await teamProject();
    const c = await new Client(teamApp(store)).start('ana');
    c.csrf = false;
    const body = { recordId: 1, stage: 'title_abstract', verdict: 'include' };
    const missing = await c.post('/api/screening/decisions', body);
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf');
    const wrong = await c.request('POST', '/api/screening/decisions', body, { 'x-csrf-token': 'forged' });
    expect(wrong.status).toBe(403);
    expect(store.decisions()).toEqual([]);
    c.csrf = true;
    expect((await c.post('/api/screening/decisions', body)).status).toBe(201);
  });

  it('without the CSRF cookie (another site cannot read it) even a matching-looking header is 403; login needs it too', async () => {
    const c = new Client(teamApp(await teamProject()));
    const r = await c.request('POST', '/api/auth/login', { username: 'ana', password: PASSWORD }, { 'x-csrf-token': 'guess' });
    expect(r.status).toBe(403);
  });

  it('local mode is protected too: a cross-site form post cannot screen', async () => {
    const { localApp } = await import('./client.js');
    const c = new Client(localApp());
    const r = await c.request('POST', '/api/screening/decisions', JSON.stringify({ recordId: 1, stage: 'title_abstract', verdict: 'include' }), { 'content-type': 'text/plain' });
    expect(r.status).toBe(403);
  });
});

describe('login rate limiting', () => {
  it('after 5 failures for an account, even the right password gets 429 for 15 minutes, from any address', async () => {
    let t = Date.UTC(2025, 0, 1);
    const app = teamApp(await teamProject(), { now: () => new Date(t) });
    for (let i = 0; i < 5; i++) {
      const c = await new Client(app, `10.0.1.${i}`).start();
      expect((await c.post('/api/auth/login', { username: 'ana', password: 'wrong password' })).status).toBe(401);
    }
    const c = await new Client(app, '10.0.2.1').start();
    const blocked = await c.post('/api/auth/login', { username: 'ana', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await c.post('/api/auth/login', { username: 'bo', password: PASSWORD })).status).toBe(200);
    t += 15 * 60_000 + 1000;
    expect((await c.post('/api/auth/login', { username: 'ana', password: PASSWORD })).status).toBe(200);
  });

  it('after 5 failures from one address, that address is refused for every account', async () => {
    const app = teamApp(await teamProject());
    const c = await new Client(app, '10.9.9.9').start();
    for (const u of ['a1', 'a2', 'a3', 'a4', 'a5']) expect((await c.post('/api/auth/login', { username: u, password: 'guess guess' })).status).toBe(401);
    expect((await c.post('/api/auth/login', { username: 'bo', password: PASSWORD })).status).toBe(429);
    const elsewhere = await new Client(app, '10.9.9.10').start();
    expect((await elsewhere.post('/api/auth/login', { username: 'bo', password: PASSWORD })).status).toBe(200);
  });

  it('a successful login clears the account\'s failures', async () => {
    const app = teamApp(await teamProject());
    const c = await new Client(app, '10.3.0.1').start();
    for (let i = 0; i < 4; i++) await c.post('/api/auth/login', { username: 'ana', password: 'wrong password' });
    expect((await c.post('/api/auth/login', { username: 'ana', password: PASSWORD })).status).toBe(200);
    const d = await new Client(app, '10.3.0.2').start();
    for (let i = 0; i < 4; i++) expect((await d.post('/api/auth/login', { username: 'ana', password: 'wrong password' })).status).toBe(401);
  });
});
