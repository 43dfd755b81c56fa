/**
 * The rows a virtualised list draws: those inside the viewport plus `overscan` on each
 * side, for fixed-height rows. Everything else is empty space of the right height, so
 * the DOM holds a few dozen rows whatever the list's length.
 */
export interface RowRange {
  /** First row drawn (inclusive). */
  readonly first: number;
  /** Row after the last one drawn (exclusive). */
  readonly end: number;
}

export function windowRange(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 5): RowRange {
  if (total <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { first: Math.min(first, end), end };
}
