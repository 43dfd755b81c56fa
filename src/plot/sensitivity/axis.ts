/**
 * The x axis of a sensitivity forest: a log axis symmetric about 1 for ratios and a
 * linear one symmetric about 0 for differences (as the forest plot's), and plain round
 * ticks over the data for other back-transformed scales (proportions, correlations).
 */
import { linearScale, logScale, type Scale } from '../scale/scale.js';
import { linearAxis, logAxis, niceTicks } from '../scale/ticks.js';

export function effectScale(name: string, values: readonly number[], range: readonly [number, number]): { scale: Scale; nullValue: number | undefined } {
  if (name === 'exp') {
    const a = logAxis(values);
    return { scale: logScale(a.domain, range, a.ticks), nullValue: 1 };
  }
  if (name === 'none') {
    const a = linearAxis(values);
    return { scale: linearScale(a.domain, range, a.ticks), nullValue: 0 };
  }
  const finite = values.filter(Number.isFinite);
  const a = niceTicks(Math.min(...finite), Math.max(...finite));
  return { scale: linearScale(a.domain, range, a.ticks), nullValue: undefined };
}
