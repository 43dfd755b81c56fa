/**
 * Accounts that screen are reviewers in the store under the same id (an account named
 * after a reviewer who screened from the command line takes over that reviewer);
 * owners may resolve conflicts.
 */
import type { Role } from '../env.js';
import type { ReviewStore } from '../../store/review-store.js';
import type { UserInfo, UserStore } from '../users/user-store.js';

export function ensureReviewer(store: ReviewStore, u: { id: string; name: string; role: Role }): void {
  if (u.role === 'viewer') return;
  if (store.reviewers().some((r) => r.id === u.id)) return;
  store.addReviewer({ id: u.id, name: u.name, canResolve: u.role === 'owner' });
}

export async function addAccount(store: ReviewStore, users: UserStore, a: { username: string; name?: string; password: string; role: Role }): Promise<UserInfo> {
  const u = await users.create(a);
  ensureReviewer(store, u);
  return u;
}
