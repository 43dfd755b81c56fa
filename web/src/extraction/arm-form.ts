/**
 * An arm's form as the page holds it (text in each box) and what it means: the reported
 * value, checked as you type by the core's own rule (checkArm, the one the server applies),
 * and its conversion to a mean and SD or events and total (armSummary).
 */
import { armSummary, type ArmSummary } from '../../../src/review/extraction/arm-summary.js';
import { checkArm } from '../../../src/review/extraction/check-arm.js';
import { ExtractionError, type ArmEntry, type ArmGroup, type OutcomeType, type ReportedType, type ReportedValue } from '../../../src/review/extraction/types.js';

export interface ArmDraft {
  readonly arm: string;
  readonly group: ArmGroup;
  readonly kind: ReportedType;
  readonly fields: Readonly<Record<string, string>>;
}

/** Each kind's boxes in the order a report prints them; the optional ones may stay empty. */
export const KIND_FIELDS: Readonly<Record<ReportedType, readonly string[]>> = {
  events: ['events', 'n'],
  mean_sd: ['mean', 'sd', 'n'],
  mean_se: ['mean', 'se', 'n'],
  mean_ci: ['mean', 'ci_lb', 'ci_ub', 'n', 'level'],
  median: ['median', 'q1', 'q3', 'min', 'max', 'n'],
};
const OPTIONAL = new Set(['level', 'q1', 'q3', 'min', 'max']);

export const kindsFor = (type: OutcomeType): readonly ReportedType[] => (type === 'binary' ? ['events'] : ['mean_sd', 'mean_se', 'mean_ci', 'median']);

export type DraftCheck =
  | { readonly ok: true; readonly entry: ArmEntry; readonly summary: ArmSummary }
  | { readonly ok: false; readonly field: string; readonly problem: 'empty' | 'number' | 'rule'; readonly message: string };

export function checkDraft(d: ArmDraft, type: OutcomeType): DraftCheck {
  if (d.arm.trim() === '') return { ok: false, field: 'arm', problem: 'empty', message: '' };
  const value: Record<string, unknown> = { type: d.kind };
  for (const f of KIND_FIELDS[d.kind]) {
    const text = (d.fields[f] ?? '').trim();
    if (text === '') {
      if (OPTIONAL.has(f)) continue;
      return { ok: false, field: f, problem: 'empty', message: '' };
    }
    const x = Number(text);
    if (!Number.isFinite(x)) return { ok: false, field: f, problem: 'number', message: text };
    value[f] = x;
  }
  const entry: ArmEntry = { group: d.group, value: value as unknown as ReportedValue };
  try {
    checkArm(entry, type);
  } catch (e) {
    if (e instanceof ExtractionError) return { ok: false, field: e.field ?? 'value', problem: 'rule', message: e.message };
    throw e;
  }
  return { ok: true, entry, summary: armSummary(entry.value) };
}

/** A saved entry back in the form's boxes. */
export function draftOf(arm: string, e: ArmEntry): ArmDraft {
  const { type, ...rest } = e.value;
  return { arm, group: e.group, kind: type, fields: Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)])) };
}

export const blankDraft = (arm: string, group: ArmGroup, type: OutcomeType): ArmDraft => ({ arm, group, kind: kindsFor(type)[0], fields: {} });
