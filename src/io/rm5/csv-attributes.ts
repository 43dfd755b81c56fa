/**
 * Shared helpers for turning RevMan's CSV exports into the Rm5Review model:
 * data-type and effect-measure names as RevMan prints them, mapped to the codes
 * of the .rm5 format (RevMan 5 User Guide, "Export data and analyses"; RevMan
 * Web data package, version 1).
 */
import type { Rm5OutcomeType } from './types.js';

const TYPES: Readonly<Record<string, Rm5OutcomeType>> = {
  DIC: 'DICH',
  DICHOTOMOUS: 'DICH',
  CON: 'CONT',
  CONTINUOUS: 'CONT',
  IV: 'IV',
  GIV: 'IV',
  'GENERIC INVERSE VARIANCE': 'IV',
  IPD: 'IPD',
  OE: 'IPD',
  'O-E': 'IPD',
  'O-E AND VARIANCE': 'IPD',
};

const MEASURES: Readonly<Record<string, string>> = {
  'ODDS RATIO': 'OR',
  'RISK RATIO': 'RR',
  'RISK DIFFERENCE': 'RD',
  'PETO ODDS RATIO': 'PETO_OR',
  'MEAN DIFFERENCE': 'MD',
  'STANDARDIZED MEAN DIFFERENCE': 'SMD',
  'STANDARDISED MEAN DIFFERENCE': 'SMD',
  'STD. MEAN DIFFERENCE': 'SMD',
};

export function outcomeType(name: string): Rm5OutcomeType | undefined {
  return TYPES[name.trim().toUpperCase()];
}

export function measureCode(name: string): string {
  return MEASURES[name.trim().toUpperCase()] ?? name.trim();
}

export function methodCode(name: string): string {
  const m = name.trim().toUpperCase();
  return m === 'M-H' ? 'MH' : m;
}

/** "Random", "Random effects" → YES; "Fixed", "Fixed effect" → NO. */
export function randomCode(model: string): string {
  return /^random/i.test(model.trim()) ? 'YES' : 'NO';
}

/** Attributes from CSV cells by a column → attribute map, leaving out empty cells. */
export function pick(get: (column: string) => string | undefined, map: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, attribute] of Object.entries(map)) {
    const v = get(column);
    if (v !== undefined && v.trim() !== '') out[attribute] = v.trim().replace(/%$/, '');
  }
  return out;
}
