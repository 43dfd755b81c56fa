/**
 * Local mode has no login, so it answers only requests addressed to a loopback name:
 * a DNS-rebinding page (evil.example resolving to 127.0.0.1) sends its own Host and is refused.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http-error.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function loopbackOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const host = new URL(c.req.url).hostname;
    if (!LOOPBACK.has(host)) throw new ApiError(403, 'host', `Local mode answers only localhost, not '${host}': use --team to serve other hosts.`);
    await next();
  };
}
