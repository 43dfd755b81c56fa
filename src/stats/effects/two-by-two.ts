/**
 * The 2×2 tables of the binary measures, in metafor's notation:
 *
 *                 event   no event   total
 *   group 1         aᵢ       bᵢ        n1ᵢ
 *   group 2         cᵢ       dᵢ        n2ᵢ
 *
 * bᵢ and dᵢ may be given directly or through the group sizes (bᵢ = n1ᵢ − aᵢ,
 * dᵢ = n2ᵢ − cᵢ, row by row as metafor's replmiss does), then drop00 sets
 * tables with no events (or only events) in both groups to missing and the
 * zero-cell correction is applied.
 */
import type { Columns } from './columns.js';
import { presentRows, replaceMissing } from './columns.js';
import type { ResolvedOptions } from './options.js';
import { checkCounts, checkEach, checkNotAbove, checkSizes, checkSum, isAtLeastOne } from './validate.js';
import { addToCells } from './zero-cells.js';

export interface Tables {
  readonly ai: Float64Array;
  readonly bi: Float64Array;
  readonly ci: Float64Array;
  readonly di: Float64Array;
  /** 1 where the table was complete and not dropped. */
  readonly complete: Uint8Array;
}

/** One group's non-event cells from either the cells or the group size. */
function otherCells(cols: Columns, events: 'ai' | 'ci', cells: 'bi' | 'di', size: 'n1i' | 'n2i'): Float64Array {
  const { measure, k } = cols;
  const x = cols.required(events);
  const given = cols.optional(cells);
  const n = cols.optional(size);
  if (given === undefined && n === undefined) cols.required(cells);
  checkCounts(measure, events, x);
  checkCounts(measure, cells, given);
  checkSizes(measure, size, n);
  checkNotAbove(measure, events, x, size, n);
  checkSum(measure, size, n, [events, x, cells, given]);
  const other = replaceMissing(given, k, (i) => (n === undefined ? NaN : n[i] - x[i]));
  if (n === undefined) {
    const total = x.map((v, i) => v + other[i]);
    checkEach(measure, cells, total, isAtLeastOne, `such that the group size ${events} + ${cells} is at least 1`);
  }
  return other;
}

/** Tables as the binary measures use them: validated, drop00 applied, zero cells corrected. */
export function readTables(cols: Columns, options: ResolvedOptions): Tables {
  const bi = otherCells(cols, 'ai', 'bi', 'n1i');
  const di = otherCells(cols, 'ci', 'di', 'n2i');
  const ai = cols.required('ai').slice();
  const ci = cols.required('ci').slice();
  const complete = presentRows(cols.k, [ai, bi, ci, di]);
  if (options.drop00) {
    for (let i = 0; i < cols.k; i++) {
      if ((ai[i] === 0 && ci[i] === 0) || (bi[i] === 0 && di[i] === 0)) {
        ai[i] = bi[i] = ci[i] = di[i] = NaN;
        complete[i] = 0;
      }
    }
  }
  const [a, b, c, d] = addToCells([ai, bi, ci, di], options.add, options.to);
  return { ai: a, bi: b, ci: c, di: d, complete };
}
