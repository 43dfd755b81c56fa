/** The deduplication routes: run (owners), the uncertain queue, merge or keep (owners), merges and undo (owners). */
import { apiGet, apiPost } from '../api/client.js';
import type { MergeGroup, UncertainPair } from '../api/types.js';

export const runDedupe = () => apiPost<{ merged: number[][]; uncertain: number }>('/api/dedupe/run', { apply: true });
export const uncertainPairs = () => apiGet<UncertainPair[]>('/api/dedupe/uncertain');
export const decidePair = (a: number, b: number, action: 'merge' | 'keep') => apiPost<unknown>('/api/dedupe/decide', { a, b, action });
export const mergeGroups = () => apiGet<MergeGroup[]>('/api/merges');
export const undoMerge = (groupId: number) => apiPost<MergeGroup>(`/api/merges/${groupId}/undo`);
