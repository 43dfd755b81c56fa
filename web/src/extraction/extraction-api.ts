/** The extraction routes: studies, outcomes, my arm values, the resolver's discrepancies and reconciliation. */
import type { ProjectTable } from '../../../src/analysis/project-table.js';
import type { ArmEntry, Discrepancy, ExtractedItem, Outcome, OutcomeInput, Study, StudyCharacteristics } from '../../../src/review/extraction/index.js';
import type { ReconciledValue } from '../../../src/store/extraction-store.js';
import { apiGet, apiPost, qs } from '../api/client.js';

export interface ArmKey {
  readonly studyId: number;
  readonly outcome: string;
  readonly arm: string;
}

export const studies = () => apiGet<Study[]>('/api/studies');
export const addStudy = (label: string) => apiPost<Study>('/api/studies', { label });
export const outcomes = () => apiGet<Outcome[]>('/api/outcomes');
export const defineOutcome = (o: OutcomeInput) => apiPost<Outcome>('/api/outcomes', o);
export const myExtractions = (studyId: number, outcome: string) =>
  apiGet<{ items: ExtractedItem[]; reconciled: ReconciledValue[] }>(`/api/extractions${qs({ studyId, outcome })}`);
export const enterArm = (k: ArmKey, entry: ArmEntry) => apiPost<unknown>('/api/extractions/arms', { ...k, entry });
export const discrepancies = (outcome: string) =>
  apiGet<{ discrepancies: Discrepancy[]; items: ExtractedItem[]; reconciled: ReconciledValue[] }>(`/api/extractions/discrepancies${qs({ outcome })}`);
export const reconcile = (k: ArmKey, entry: ArmEntry, why: string) => apiPost<ReconciledValue>('/api/extractions/reconcile', { ...k, entry, why });
/** An outcome's table (blinded for non-resolvers), with study characteristics as columns when `withColumns` names some. */
export const outcomeTable = (name: string, withColumns: readonly string[] = []) =>
  apiGet<ProjectTable>(`/api/outcomes/${encodeURIComponent(name)}/table${qs({ with: withColumns.length > 0 ? withColumns.join(',') : undefined })}`);
/** The asker's own values for a study (characteristics and arms), with the reconciled ones of the items they entered. */
export const myStudyExtractions = (studyId: number) => apiGet<{ items: ExtractedItem[]; reconciled: ReconciledValue[] }>(`/api/extractions${qs({ studyId })}`);
export const enterCharacteristics = (studyId: number, values: StudyCharacteristics) => apiPost<unknown>('/api/extractions/characteristics', { studyId, values });
export const studyDiscrepancies = (studyId: number) =>
  apiGet<{ discrepancies: Discrepancy[]; items: ExtractedItem[]; reconciled: ReconciledValue[] }>(`/api/extractions/discrepancies${qs({ studyId })}`);
export const reconcileCharacteristics = (studyId: number, values: StudyCharacteristics, why: string) =>
  apiPost<ReconciledValue>('/api/extractions/characteristics/reconcile', { studyId, values, why });
