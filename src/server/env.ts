/**
 * What every request carries through the app: the user it acts for (the local owner in
 * single-user mode, the session's account in team mode, null for an anonymous request)
 * and, under the Node adapter, the socket it came in on (for per-address rate limits).
 */
export const ROLES = ['owner', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  /** The account name, which is also the reviewer id in the store. */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

export interface AppEnv {
  Bindings: { readonly incoming?: { readonly socket?: { readonly remoteAddress?: string } } };
  Variables: { user: SessionUser | null; csrf: string };
}

/** The user of single-user local mode: owner of the project and its only reviewer. */
export const LOCAL_USER: SessionUser = { id: 'me', name: 'Me', role: 'owner' };
