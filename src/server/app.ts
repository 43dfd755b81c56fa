/**
 * The Hono app: security middleware, the JSON API under /api, the front end at /.
 * Routes only validate, call the core or the store, and serialise; every error becomes
 * JSON in one place (http-error.ts). Tests call app.request() without opening a port.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ensureReviewer } from './core/reviewers.js';
import type { Deps, Mode } from './deps.js';
import { LOCAL_USER, type AppEnv } from './env.js';
import { ApiError, toHttpError } from './http-error.js';
import { analysisRoutes } from './routes/analysis.js';
import { authRoutes } from './routes/auth.js';
import { dedupeRoutes } from './routes/dedupe.js';
import { extractionRoutes } from './routes/extraction.js';
import { healthRoutes } from './routes/health.js';
import { prismaRoutes } from './routes/prisma.js';
import { recordRoutes } from './routes/records.js';
import { reportRoutes } from './routes/report.js';
import { reportSettingsRoutes } from './routes/report-settings.js';
import { screeningRoutes } from './routes/screening.js';
import { settingsRoutes } from './routes/settings.js';
import { staticRoutes } from './routes/static.js';
import { userRoutes } from './routes/users.js';
import { csrf } from './security/csrf.js';
import { loopbackOnly } from './security/local-host.js';
import { session } from './security/session.js';
import { LoginLimiter } from './users/rate-limit.js';
import { SessionStore } from './users/sessions.js';
import { UserStore } from './users/user-store.js';

export interface AppOptions {
  readonly store: SqliteStore;
  /** "local" (default): one user, the owner, no login, loopback only. "team": accounts and roles. */
  readonly mode?: Mode;
  /** The built front end (default web/dist of this package); null for none. */
  readonly staticDir?: string | null;
  readonly secureCookies?: boolean;
  /** The clock for sessions and login throttling; tests move it. */
  readonly now?: () => Date;
}

/** Request bodies: imports of search results can be large, everything else is small. */
const LIMITS: Readonly<Record<string, number>> = { '/api/import': 64 * 1024 * 1024, '/api/analyses': 4 * 1024 * 1024 };
const DEFAULT_LIMIT = 256 * 1024;

/**
 * Nothing from other origins. The web app turns SVG into PNG through blob: images and
 * embeds its font as a data: URL (web/src/common/download.ts), hence those two sources.
 */
const CSP = {
  defaultSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function defaultStaticDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const up = here.includes(join('dist', 'src')) ? '../../../' : '../../';
  return join(here, up, 'web', 'dist');
}

export function createApp(o: AppOptions): Hono<AppEnv> {
  const now = o.now ?? (() => new Date());
  const deps: Deps = {
    store: o.store,
    mode: o.mode ?? 'local',
    users: new UserStore(o.store.db, now),
    sessions: new SessionStore(o.store.db, now),
    limiter: new LoginLimiter(() => now().getTime()),
    secureCookies: o.secureCookies ?? false,
  };
  if (deps.mode === 'local') ensureReviewer(o.store, LOCAL_USER);

  const api = new Hono<AppEnv>()
    .route('/', healthRoutes())
    .route('/', authRoutes(deps))
    .route('/', userRoutes(deps))
    .route('/', recordRoutes(deps))
    .route('/', dedupeRoutes(deps))
    .route('/', screeningRoutes(deps))
    .route('/', prismaRoutes(deps))
    .route('/', analysisRoutes(deps))
    .route('/', extractionRoutes(deps))
    .route('/', reportRoutes(deps))
    .route('/', reportSettingsRoutes(deps))
    .route('/', settingsRoutes(deps));
  api.all('*', (c) => {
    throw new ApiError(404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`);
  });

  const app = new Hono<AppEnv>();
  app.onError((err, c) => {
    const { status, body } = toHttpError(err);
    if (status === 500) console.error(err);
    return c.json(body, status);
  });
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, referrerPolicy: 'no-referrer' }));
  if (deps.mode === 'local') app.use('*', loopbackOnly());
  app.use('/api/*', (c, next) => {
    const maxSize = LIMITS[c.req.path] ?? DEFAULT_LIMIT;
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'too_large', `The request body is larger than this route accepts (${Math.round(maxSize / 1024)} KiB).`);
      },
    })(c, next);
  });
  app.use('/api/*', session(deps));
  app.use('/api/*', csrf(deps.secureCookies));
  app.route('/api', api);
  const dir = o.staticDir === undefined ? defaultStaticDir() : o.staticDir;
  app.route('/', staticRoutes(dir !== null && existsSync(dir) ? dir : null));
  return app;
}
