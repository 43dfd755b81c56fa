/**
 * Which side of a forest plot favours MSC, and whether a pooled effect means
 * benefit. Effects are MSC versus control: a difference (MD, SMD, RD) is MSC
 * minus control and a ratio (RR, OR) is MSC over control, so an effect below the
 * null (0, or 1 for ratios) means less of the outcome with MSC. That is benefit
 * exactly when lower is better (RevMan's "Favours [experimental]" on the left
 * for harmful events and lower-is-better scores).
 */
import type { OutcomeDef } from './dictionary.js';

export type ComparativeMeasure = 'RR' | 'OR' | 'RD' | 'PETO' | 'MD' | 'SMD';

const RATIOS: readonly string[] = ['RR', 'OR', 'PETO'];

export interface FavoursLabels {
  readonly left: string;
  readonly right: string;
}

export function favoursLabels(outcome: Pick<OutcomeDef, 'lowerIsBetter'>, _measure: ComparativeMeasure): FavoursLabels {
  return outcome.lowerIsBetter ? { left: 'Favours MSC', right: 'Favours control' } : { left: 'Favours control', right: 'Favours MSC' };
}

/** The null value of a measure on its natural scale. */
export function nullValue(measure: ComparativeMeasure): number {
  return RATIOS.includes(measure) ? 1 : 0;
}

/**
 * 'benefit', 'harm' or 'none' for an effect on its natural scale (ratios not
 * logged): below the null is benefit when lower is better, and vice versa.
 */
export function effectMeaning(outcome: Pick<OutcomeDef, 'lowerIsBetter'>, measure: ComparativeMeasure, estimate: number): 'benefit' | 'harm' | 'none' {
  const d = estimate - nullValue(measure);
  if (d === 0 || Number.isNaN(d)) return 'none';
  return d < 0 === outcome.lowerIsBetter ? 'benefit' : 'harm';
}
