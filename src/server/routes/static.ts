/**
 * The front end: files of web/dist when it has been built (unknown paths get its
 * index.html, for the app's own routing), else a small page saying where the API is.
 * Never answers under /api, whose unknown paths are JSON 404s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../env.js';

export const FALLBACK_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>metasift</title></head>
<body><h1>metasift</h1><p>The server is running, but the web app has not been built (web/dist is missing).</p>
<p>The JSON API answers under <a href="/api/health">/api</a>.</p></body></html>
`;

export function staticRoutes(dir: string | null): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const index = dir === null ? null : join(dir, 'index.html');
  if (dir === null || index === null || !existsSync(index)) return app.get('*', (c) => c.html(FALLBACK_PAGE));
  return app.use('*', serveStatic({ root: dir })).get('*', (c) => c.html(readFileSync(index, 'utf8')));
}
