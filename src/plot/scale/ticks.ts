/**
 * Axis limits and ticks for effect plots, symmetric about the null as RevMan 5 draws
 * them: ratios on a log axis from 1/M to M with M in 2, 5, 10, 20, 50, 100, 200, 500,
 * 1000 (ticks 0.5 0.7 1 1.5 2 … 0.01 0.1 1 10 100); differences on a linear axis from
 * -M to M with M a 1, 2 or 5 multiple of a power of ten (ticks -M, -M/2, 0, M/2, M).
 * M is the smallest that holds every value asked for.
 */
const LOG_TICKS: readonly (readonly [number, readonly number[]])[] = [
  [2, [0.5, 0.7, 1, 1.5, 2]],
  [5, [0.2, 0.5, 1, 2, 5]],
  [10, [0.1, 0.2, 0.5, 1, 2, 5, 10]],
  [20, [0.05, 0.2, 1, 5, 20]],
  [50, [0.02, 0.1, 1, 10, 50]],
  [100, [0.01, 0.1, 1, 10, 100]],
  [200, [0.005, 0.1, 1, 10, 200]],
  [500, [0.002, 0.1, 1, 10, 500]],
  [1000, [0.001, 0.1, 1, 10, 1000]],
];

export interface Axis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/** `values` on the natural (ratio) scale; NaN and infinite values are ignored. */
export function logAxis(values: readonly number[], maxRatio = 100): Axis {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  const need = Math.max(1, ...finite.map((v) => Math.max(v, 1 / v)));
  const pick = LOG_TICKS.find(([m]) => m >= need && m <= maxRatio) ?? LOG_TICKS.filter(([m]) => m <= maxRatio).at(-1)!;
  return { domain: [1 / pick[0], pick[0]], ticks: pick[1] };
}

export function linearAxis(values: readonly number[], centre = 0): Axis {
  const finite = values.filter((v) => Number.isFinite(v));
  const need = Math.max(...finite.map((v) => Math.abs(v - centre)), 0);
  if (need === 0) return { domain: [centre - 1, centre + 1], ticks: [centre - 1, centre - 0.5, centre, centre + 0.5, centre + 1] };
  const p = 10 ** Math.floor(Math.log10(need));
  const m = [1, 2, 5, 10].map((f) => f * p).find((v) => v >= need * (1 - 1e-12))!;
  return { domain: [centre - m, centre + m], ticks: [-1, -0.5, 0, 0.5, 1].map((f) => centre + f * m) };
}

/** Ticks for a plain data axis (not centred): about `count` round steps covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): { domain: [number, number]; ticks: number[] } {
  if (!(hi > lo)) return { domain: [lo - 1, lo + 1], ticks: [lo - 1, lo, lo + 1] };
  const raw = (hi - lo) / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * p).find((s) => s >= raw)!;
  const a = Math.floor(lo / step + 1e-9);
  const b = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let i = a; i <= b; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
}

/** A tick label: as few decimals as the value needs (at most 4). */
export function tickLabel(x: number): string {
  const s = Number(x.toFixed(4)).toString();
  return s === '-0' ? '0' : s;
}
