/**
 * Role checks, declared on every route: viewers read, reviewers also screen and analyse,
 * owners do everything (import, merge, resolve, accounts). Resolvers (owners, and
 * reviewers the store marks canResolve) alone see the unblinded conflict list.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Deps } from '../deps.js';
import type { AppEnv, Role, SessionUser } from '../env.js';
import { ApiError } from '../http-error.js';

export const READ: readonly Role[] = ['owner', 'reviewer', 'viewer'];
export const SCREEN: readonly Role[] = ['owner', 'reviewer'];
export const OWN: readonly Role[] = ['owner'];

export function signedIn(c: Context<AppEnv>): SessionUser {
  const u = c.get('user');
  if (!u) throw new ApiError(401, 'unauthenticated', 'Log in first (POST /api/auth/login).');
  return u;
}

export function allow(roles: readonly Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const u = signedIn(c);
    if (!roles.includes(u.role)) throw new ApiError(403, 'forbidden', `This needs the role ${roles.join(' or ')}; '${u.id}' is ${u.role}.`);
    await next();
  };
}

export const isResolver = (deps: Deps, u: SessionUser): boolean =>
  u.role === 'owner' || (u.role === 'reviewer' && deps.store.reviewers().some((r) => r.id === u.id && r.canResolve));

export function resolvers(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const u = signedIn(c);
    if (!isResolver(deps, u)) throw new ApiError(403, 'forbidden', `Only owners and resolvers see or settle conflicts; '${u.id}' is not a resolver.`);
    await next();
  };
}
