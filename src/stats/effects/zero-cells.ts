/**
 * metafor's continuity correction for counts (escalc's `add` and `to`): `add`
 * goes to every cell of a study with a zero cell ("only0"), of every study
 * ("all"), of every study when any has a zero cell ("if0all"), or nowhere
 * ("none"). A cell is zero-tested as metafor does: a row with one zero cell
 * counts even if another of its cells is missing.
 */
import type { AddTo } from './types.js';

function hasZero(cells: readonly Float64Array[], i: number): boolean {
  for (const c of cells) if (c[i] === 0) return true;
  return false;
}

/** Copies of `cells` with the correction applied. */
export function addToCells(cells: readonly Float64Array[], add: number, to: AddTo): Float64Array[] {
  const k = cells.length === 0 ? 0 : cells[0].length;
  let anyZero = false;
  if (to === 'if0all') for (let i = 0; i < k && !anyZero; i++) anyZero = hasZero(cells, i);
  const rows = new Uint8Array(k);
  for (let i = 0; i < k; i++) {
    rows[i] = to === 'all' || (to === 'only0' && hasZero(cells, i)) || (to === 'if0all' && anyZero) ? 1 : 0;
  }
  return cells.map((c) => {
    const out = new Float64Array(k);
    for (let i = 0; i < k; i++) out[i] = rows[i] === 1 ? c[i] + add : c[i];
    return out;
  });
}
