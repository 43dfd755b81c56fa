/**
 * Whether the signed-in user resolves (owners, and the reviewers the project marks so):
 * only the server knows the reviewers it marks, so a reviewer's answer comes from asking a
 * route kept for resolvers (as the Extraction page does). 'unknown' until it has answered.
 */
import { useEffect, useState } from 'react';
import { apiGet } from './client.js';
import type { Role } from './types.js';

export type Right = 'yes' | 'no' | 'unknown';

/** What the role alone tells: owners resolve, viewers do not, reviewers must ask. */
export const resolverByRole = (role: Role | undefined): Right => (role === 'owner' ? 'yes' : role === 'reviewer' ? 'unknown' : 'no');

export function useResolver(role: Role | undefined): Right {
  const [asked, setAsked] = useState<{ readonly role: Role; readonly right: Right }>();
  const byRole = resolverByRole(role);
  useEffect(() => {
    if (role !== 'reviewer') return;
    let live = true;
    apiGet('/api/extractions/discrepancies').then(
      () => live && setAsked({ role, right: 'yes' }),
      () => live && setAsked({ role, right: 'no' }),
    );
    return () => {
      live = false;
    };
  }, [role]);
  return byRole !== 'unknown' ? byRole : asked !== undefined && asked.role === role ? asked.right : 'unknown';
}
