/**
 * What the project's report is built with (src/server/routes/report-settings.ts): an
 * outcome's saved analysis, with who saved it.
 */
import type { OutcomeAnalysisOptions, SavedOutcomeAnalysis } from '../../../src/analysis/outcome-analysis.js';
import { apiDelete, apiGet, apiPut } from '../api/client.js';

export interface OutcomeAnalysisView {
  readonly outcome: string;
  readonly saved: SavedOutcomeAnalysis | null;
  readonly defaults: OutcomeAnalysisOptions;
  readonly problem?: string;
}

const optionsPath = (name: string) => `/api/outcomes/${encodeURIComponent(name)}/analysis-options`;

export const outcomeAnalysis = (name: string) => apiGet<OutcomeAnalysisView>(optionsPath(name));
export const saveOutcomeAnalysis = (name: string, options: Omit<OutcomeAnalysisOptions, 'subgroup'> & { readonly subgroup: string | null }) =>
  apiPut<OutcomeAnalysisView>(optionsPath(name), options);
export const clearOutcomeAnalysis = (name: string) => apiDelete<OutcomeAnalysisView>(optionsPath(name));
