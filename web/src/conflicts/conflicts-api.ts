/** The resolvers' routes: the unblinded conflict list and a resolution. */
import { apiGet, apiPost, qs } from '../api/client.js';
import type { Resolution, ResolutionBody, Stage, StageOutcome } from '../api/types.js';

export const listConflicts = (stage: Stage) => apiGet<StageOutcome[]>(`/api/conflicts${qs({ stage })}`);
export const resolveConflict = (b: ResolutionBody) => apiPost<Resolution>('/api/conflicts/resolve', b);
