/** The screening routes the pages use, typed. */
import { apiGet, apiPost, qs } from '../api/client.js';
import type { BlindedEntry, Decision, DecisionBody, RecordDetail, RecordFilter, RecordPage, Stage } from '../api/types.js';

export const listRecords = (q: { stage: Stage; filter: RecordFilter; offset: number; limit: number }) => apiGet<RecordPage>(`/api/records${qs(q)}`);
export const getRecord = (id: number) => apiGet<RecordDetail>(`/api/records/${id}`);
export const screeningView = (stage: Stage) => apiGet<BlindedEntry[]>(`/api/screening/view${qs({ stage })}`);
export const exclusionReasons = () => apiGet<string[]>('/api/reasons');
export const postDecision = (d: DecisionBody) => apiPost<Decision>('/api/screening/decisions', d);

export interface Counts {
  readonly decided: number;
  readonly undecided: number;
  readonly include: number;
  readonly exclude: number;
  readonly maybe: number;
  readonly awaiting: number;
  readonly settled: number;
}

/** The asker's progress at a stage: their own decisions (never a colleague's) and what is left. */
export async function counts(stage: Stage): Promise<Counts> {
  const [view, left] = await Promise.all([screeningView(stage), listRecords({ stage, filter: 'undecided', offset: 0, limit: 1 })]);
  const mine = view.filter((e) => e.mine !== null);
  const n = (v: string) => mine.filter((e) => e.mine!.verdict === v).length;
  return {
    decided: mine.length,
    undecided: left.total,
    include: n('include'),
    exclude: n('exclude'),
    maybe: n('maybe'),
    awaiting: mine.filter((e) => e.state === 'awaiting').length,
    settled: mine.filter((e) => e.state === 'settled').length,
  };
}
