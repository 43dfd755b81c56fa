import { Hono } from 'hono';
import type { AppEnv } from '../env.js';

export const healthRoutes = (): Hono<AppEnv> => new Hono<AppEnv>().get('/health', (c) => c.json({ ok: true }));
