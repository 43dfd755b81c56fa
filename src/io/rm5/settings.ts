/**
 * An outcome's analysis settings, read from its RevMan 5 attributes:
 * EFFECT_MEASURE, METHOD (MH, IV, PETO; EXP_O_E_VAR for O − E data), RANDOM,
 * CI_STUDY / CI_TOTAL (percent), SWAP_EVENTS, LOG_DATA, SUBGROUPS,
 * SUBGROUP_TEST and TOTALS. Missing attributes take RevMan's defaults.
 */
import type { Rm5Outcome } from './types.js';

export interface Rm5Settings {
  /** RevMan's code (OR, RR, RD, PETO_OR, MD, SMD, …) or, for generic outcomes, the measure's name. */
  readonly measure: string;
  readonly method: string;
  readonly random: boolean;
  readonly ciStudy: number;
  readonly ciTotal: number;
  readonly swapEvents: boolean;
  /** Generic inverse variance: the entered estimates are already on the log scale. */
  readonly logData: boolean;
  readonly subgroups: boolean;
  readonly subgroupTest: boolean;
  readonly totals: boolean;
}

const yes = (v: string | undefined, fallback: boolean) => (v === undefined || v === '' ? fallback : v.toUpperCase() === 'YES');

function percent(v: string | undefined): number {
  const x = Number(v);
  return v !== undefined && v !== '' && x > 0 && x < 100 ? x : 95;
}

export function outcomeSettings(outcome: Rm5Outcome): Rm5Settings {
  const a = outcome.attributes;
  const named = outcome.labels.EFFECT_MEASURE;
  const code = a.EFFECT_MEASURE ?? '';
  const defaultMethod = outcome.type === 'IPD' ? 'PETO' : outcome.type === 'DICH' ? 'MH' : 'IV';
  return {
    measure: code !== '' && code !== 'OTHER' ? code : named !== undefined && named !== '' ? named : code,
    method: a.METHOD !== undefined && a.METHOD !== '' ? a.METHOD : defaultMethod,
    random: yes(a.RANDOM, false),
    ciStudy: percent(a.CI_STUDY),
    ciTotal: percent(a.CI_TOTAL),
    swapEvents: yes(a.SWAP_EVENTS, false),
    logData: yes(a.LOG_DATA, true),
    subgroups: yes(a.SUBGROUPS, outcome.subgroups.length > 0),
    subgroupTest: yes(a.SUBGROUP_TEST, true),
    totals: yes(a.TOTALS, true),
  };
}
