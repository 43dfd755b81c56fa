/**
 * A suggested imprecision rating (GRADE 6: Guyatt et al. 2011, J Clin Epidemiol 64:1283).
 * Two signs of imprecision: the CI includes the null (no effect: 0 for differences, 1
 * for ratios, on the scale given), and the evidence falls short of the optimal
 * information size (OIS), by GRADE 6's rules of thumb 300 events for binary outcomes and
 * 400 participants for continuous ones unless a sample-size calculation gives `ois`.
 * One sign: one level; both, or a CI that includes both appreciable benefit and
 * appreciable harm (when those thresholds are given, e.g. RR 0.75 and 1.25): two levels.
 */
import type { Suggestion } from './types.js';

export interface ImprecisionData {
  readonly ci_lb: number;
  readonly ci_ub: number;
  /** The value of no effect on the CI's scale: 0 (differences, log ratios) or 1 (ratios). */
  readonly nullValue: number;
  readonly type: 'binary' | 'continuous';
  /** Events (binary) or participants (continuous) in the pooled studies. */
  readonly total: number;
  /** An OIS from a sample-size calculation; default 300 events or 400 participants. */
  readonly ois?: number;
  /** Thresholds of appreciable benefit and harm on the CI's scale, either order. */
  readonly appreciable?: readonly [number, number];
}

export function suggestImprecision(d: ImprecisionData): Suggestion {
  const ois = d.ois ?? (d.type === 'binary' ? 300 : 400);
  const what = d.type === 'binary' ? 'events' : 'participants';
  const crosses = d.ci_lb <= d.nullValue && d.nullValue <= d.ci_ub;
  const short = d.total < ois;
  const both = d.appreciable !== undefined && d.ci_lb <= Math.min(...d.appreciable) && d.ci_ub >= Math.max(...d.appreciable);
  const ci = `the CI ${d.ci_lb} to ${d.ci_ub}`;
  const signs = [
    ...(both ? [`${ci} includes both appreciable benefit and harm (${d.appreciable!.join(' and ')})`] : crosses ? [`${ci} includes no effect (${d.nullValue})`] : []),
    ...(short ? [`${d.total} ${what} fall short of the optimal information size of ${ois}`] : []),
  ];
  if (signs.length === 0) return { levels: 0, reason: `Not serious: ${ci} excludes no effect and ${d.total} ${what} meet the optimal information size of ${ois}.` };
  const levels = both || signs.length === 2 ? 2 : 1;
  return { levels, reason: `${signs.join('; ')}.`.replace(/^t/, 'T') };
}
