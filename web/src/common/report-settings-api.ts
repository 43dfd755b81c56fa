/**
 * What the project's report is built with (src/server/routes/report-settings.ts): an
 * outcome's saved analysis and the PRISMA counts edited by hand, each with who saved it.
 */
import type { OutcomeAnalysisOptions, SavedOutcomeAnalysis } from '../../../src/analysis/outcome-analysis.js';
import type { SavedPrismaCounts } from '../../../src/report/project-settings.js';
import { apiDelete, apiGet, apiPut } from '../api/client.js';

export interface OutcomeAnalysisView {
  readonly outcome: string;
  readonly saved: SavedOutcomeAnalysis | null;
  readonly defaults: OutcomeAnalysisOptions;
  readonly problem?: string;
}

export interface PrismaOverridesView {
  readonly saved: SavedPrismaCounts | null;
  readonly problem?: string;
}

const optionsPath = (name: string) => `/api/outcomes/${encodeURIComponent(name)}/analysis-options`;

export const outcomeAnalysis = (name: string) => apiGet<OutcomeAnalysisView>(optionsPath(name));
export const saveOutcomeAnalysis = (name: string, options: Omit<OutcomeAnalysisOptions, 'subgroup'> & { readonly subgroup: string | null }) =>
  apiPut<OutcomeAnalysisView>(optionsPath(name), options);
export const clearOutcomeAnalysis = (name: string) => apiDelete<OutcomeAnalysisView>(optionsPath(name));

export const prismaOverrides = () => apiGet<PrismaOverridesView>('/api/settings/prisma-overrides');
export const savePrismaOverrides = (counts: unknown) => apiPut<PrismaOverridesView>('/api/settings/prisma-overrides', { counts });
export const clearPrismaOverrides = () => apiDelete<PrismaOverridesView>('/api/settings/prisma-overrides');
