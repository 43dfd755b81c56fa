/**
 * RevMan 5's zero-cell rule (Deeks & Higgins, Statistical algorithms in Review
 * Manager 5, 2010, "Dichotomous data"; Cochrane Handbook 5.1 §16.9.2): a study
 * with a zero in any of its four cells gets 0.5 added to all four cells, so each
 * arm total grows by 1. The corrected cells feed both the study's own effect and
 * the Mantel–Haenszel sums. Studies with no events in both arms are not estimable
 * for OR and RR, nor for OR when every participant had the event; they remain
 * estimable for RD.
 */
import type { DichMeasure, DichRow } from './types.js';

/** The 2×2 table a, b (experimental events, non-events), c, d (control) and arm totals. */
export interface Cells {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly n1: number;
  readonly n2: number;
  readonly N: number;
}

export function rawCells(row: DichRow): Cells {
  const { events1: a, total1: n1, events2: c, total2: n2 } = row;
  return { a, b: n1 - a, c, d: n2 - c, n1, n2, N: n1 + n2 };
}

export function hasZeroCell(row: DichRow): boolean {
  const x = rawCells(row);
  return x.a === 0 || x.b === 0 || x.c === 0 || x.d === 0;
}

/** The cells with RevMan's 0.5 added when any cell is zero. */
export function correctedCells(row: DichRow): Cells {
  const x = rawCells(row);
  if (!hasZeroCell(row)) return x;
  return { a: x.a + 0.5, b: x.b + 0.5, c: x.c + 0.5, d: x.d + 0.5, n1: x.n1 + 1, n2: x.n2 + 1, N: x.N + 2 };
}

function validTable(row: DichRow): boolean {
  const { a, b, c, d, n1, n2 } = rawCells(row);
  return [a, b, c, d].every((v) => Number.isFinite(v) && v >= 0) && n1 > 0 && n2 > 0;
}

export function dichEstimable(row: DichRow, measure: DichMeasure): boolean {
  if (!validTable(row)) return false;
  const { a, b, c, d } = rawCells(row);
  const noEvents = a === 0 && c === 0;
  const allEvents = b === 0 && d === 0;
  switch (measure) {
    case 'RD':
      return true;
    case 'RR':
      return !noEvents;
    case 'OR':
    case 'PETO_OR':
      return !noEvents && !allEvents;
  }
}
