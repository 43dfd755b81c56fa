/**
 * Weighted mean Σwᵢxᵢ / Σwᵢ over the rows where both are present (metafor's
 * internal .wmean with na.rm = TRUE); NaN when no row is.
 */
export function weightedMean(x: ArrayLike<number>, w: ArrayLike<number>): number {
  let sxw = 0;
  let sw = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(w[i])) continue;
    sxw += x[i] * w[i];
    sw += w[i];
  }
  return sxw / sw;
}
