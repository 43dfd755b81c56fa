import type { Decision, Resolution, ResolutionMethod, Reviewer, ScreeningLedger, Stage, Verdict } from '../../../src/review/screening/index.js';

export const TA: Stage = 'title_abstract';
export const FT: Stage = 'full_text';
export const REASONS = ['Wrong population', 'Not randomised', 'Wrong outcome'];
export const REVIEWERS: Reviewer[] = [
  { id: 'ana', name: 'Ana', canResolve: false },
  { id: 'bo', name: 'Bo', canResolve: false },
  { id: 'cai', name: 'Cai', canResolve: true },
];

export const dec = (recordId: number, stage: Stage, reviewer: string, verdict: Verdict, reason: string | null = null): Decision => ({
  recordId, stage, reviewer, verdict, reason, note: null, at: '2025-01-01T00:00:00.000Z',
});

export const res = (recordId: number, stage: Stage, verdict: Verdict, by: string, method: ResolutionMethod = 'third_reviewer', reason: string | null = null): Resolution => ({
  recordId, stage, verdict, reason, method, by, why: 'discussed', at: '2025-01-02T00:00:00.000Z',
});

export const ledger = (decisions: Decision[], resolutions: Resolution[] = []): ScreeningLedger => ({ reviewers: REVIEWERS, decisions, resolutions, required: 2, reasons: REASONS });
