/**
 * The permutation that sorts `values`, as R's order(): stable for ties, missing
 * values (NaN) last. metafor's cumul(x, order = v) adds the studies in order(v);
 * pass sortOrder(v) to cumul() to reproduce it.
 */
export function sortOrder(values: ArrayLike<number>, decreasing = false): number[] {
  const idx = Array.from({ length: values.length }, (_, i) => i);
  const sign = decreasing ? -1 : 1;
  return idx.sort((a, b) => {
    const va = values[a];
    const vb = values[b];
    const na = Number.isNaN(va);
    const nb = Number.isNaN(vb);
    if (na || nb) return na === nb ? a - b : na ? 1 : -1;
    return va === vb ? a - b : sign * (va < vb ? -1 : 1);
  });
}
