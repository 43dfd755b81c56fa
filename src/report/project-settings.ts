/**
 * What a project keeps for its report among its settings: per outcome, the analysis the
 * team chose (`analysis.outcome.<name>`), and PRISMA counts edited by hand
 * (`prisma.overrides`). Settings are append-only events in the store, so every earlier
 * choice stays on record; the value itself says who set it and when (by the store's
 * clock), for the report.
 * A stored value that no longer passes the checks is reported as a problem, not used.
 */
import { checkOutcomeAnalysis, outcomeAnalysisKey, type OutcomeAnalysisOptions, type SavedOutcomeAnalysis } from '../analysis/outcome-analysis.js';
import { prismaCounts, type PrismaCounts } from '../plot/prisma/counts.js';
import type { OutcomeType } from '../review/extraction/types.js';

export interface SettingsStore {
  setting(key: string): unknown;
  setSetting(key: string, value: unknown): void;
  /** The store's clock (ISO 8601), which stamps every event; tests fix it. */
  now(): string;
}

interface OutcomeLike {
  readonly name: string;
  readonly type: OutcomeType;
  readonly lowerIsBetter: boolean;
}

export interface Saved<T> {
  readonly value?: T;
  /** Why a stored value is not used. */
  readonly problem?: string;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const stamp = (v: Record<string, unknown>) => ({ by: typeof v.by === 'string' ? v.by : 'unknown', at: typeof v.at === 'string' ? v.at : '' });

/** The outcome's saved analysis, checked again (undefined when none is saved or it was cleared). */
export function savedOutcomeAnalysis(store: SettingsStore, outcome: OutcomeLike): Saved<SavedOutcomeAnalysis> {
  const v = store.setting(outcomeAnalysisKey(outcome.name));
  if (v === undefined || v === null || (isObj(v) && v.options === null)) return {};
  if (!isObj(v)) return { problem: `the saved analysis of ${outcome.name} is not readable; the default analysis is used` };
  try {
    return { value: { options: checkOutcomeAnalysis(outcome, v.options), ...stamp(v) } };
  } catch (e) {
    return { problem: `the saved analysis of ${outcome.name} is not used (${(e as Error).message}); the default analysis is used` };
  }
}

/** Checks and saves the outcome's analysis (throws OutcomeAnalysisError naming the field; nothing is saved then). */
export function saveOutcomeAnalysis(store: SettingsStore, outcome: OutcomeLike, options: unknown, who: { by: string }): SavedOutcomeAnalysis {
  const checked: OutcomeAnalysisOptions = checkOutcomeAnalysis(outcome, options);
  const saved = { options: checked, by: who.by, at: store.now() };
  store.setSetting(outcomeAnalysisKey(outcome.name), saved);
  return saved;
}

/** Back to the default analysis (kept on record: who cleared it and when). */
export function clearOutcomeAnalysis(store: SettingsStore, outcome: OutcomeLike, who: { by: string }): void {
  store.setSetting(outcomeAnalysisKey(outcome.name), { options: null, by: who.by, at: store.now() });
}

export const PRISMA_OVERRIDES_KEY = 'prisma.overrides';

/** PRISMA counts typed by hand for the report, with who saved them and when. */
export interface SavedPrismaCounts {
  readonly counts: PrismaCounts;
  readonly by: string;
  readonly at: string;
}

export function savedPrismaCounts(store: SettingsStore): Saved<SavedPrismaCounts> {
  const v = store.setting(PRISMA_OVERRIDES_KEY);
  if (v === undefined || v === null || (isObj(v) && v.counts === null)) return {};
  if (!isObj(v)) return { problem: 'the PRISMA counts edited by hand are not readable; the live counts are used' };
  try {
    return { value: { counts: prismaCounts(v.counts), ...stamp(v) } };
  } catch (e) {
    return { problem: `the PRISMA counts edited by hand are not used (${(e as Error).message}); the live counts are used` };
  }
}

/** Checks the counts with prismaCounts (throws PrismaCountsError naming the field) and saves them as read. */
export function savePrismaCounts(store: SettingsStore, json: unknown, who: { by: string }): SavedPrismaCounts {
  const saved = { counts: prismaCounts(json), by: who.by, at: store.now() };
  store.setSetting(PRISMA_OVERRIDES_KEY, saved);
  return saved;
}

/** Back to the live counts from the screening record (kept on record: who and when). */
export function clearPrismaCounts(store: SettingsStore, who: { by: string }): void {
  store.setSetting(PRISMA_OVERRIDES_KEY, { counts: null, by: who.by, at: store.now() });
}

/** "2026-11-23" from an ISO time. */
export const day = (at: string): string => at.slice(0, 10);
