/**
 * Position scales, built once per plot and shared by its marks (Observable Plot's
 * design): a value on the data scale maps to a px position. A log scale takes values
 * on the natural scale (ratios) and is linear in their logarithm.
 */
export interface Scale {
  readonly type: 'linear' | 'log';
  /** Natural-scale domain [lo, hi]. */
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  readonly ticks: readonly number[];
  map(x: number): number;
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number], ticks: readonly number[]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  return { type: 'linear', domain, range, ticks, map: (x) => r0 + (x - d0) * k };
}

export function logScale(domain: readonly [number, number], range: readonly [number, number], ticks: readonly number[]): Scale {
  const [l0, l1] = [Math.log(domain[0]), Math.log(domain[1])];
  const [r0, r1] = range;
  const k = (r1 - r0) / (l1 - l0);
  return { type: 'log', domain, range, ticks, map: (x) => r0 + (Math.log(x) - l0) * k };
}
