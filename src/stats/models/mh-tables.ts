/**
 * The 2×2 tables that rma.mh and rma.peto pool, in metafor's notation:
 *
 *                 event   no event   total
 *   treatment       aᵢ       bᵢ        n1ᵢ
 *   control         cᵢ       dᵢ        n2ᵢ
 *
 * Either bᵢ, dᵢ or the group sizes n1ᵢ, n2ᵢ may be given (bᵢ = n1ᵢ − aᵢ,
 * dᵢ = n2ᵢ − cᵢ, as metafor's rma.mh and escalc derive them). A missing count
 * (NaN, or null from a parsed file) leaves its table out, as metafor's
 * na.omit does; impossible counts are input errors.
 */
import { InputError } from '../errors.js';

export interface BinaryTables {
  readonly ai: ArrayLike<number>;
  readonly bi?: ArrayLike<number>;
  readonly ci: ArrayLike<number>;
  readonly di?: ArrayLike<number>;
  readonly n1i?: ArrayLike<number>;
  readonly n2i?: ArrayLike<number>;
}

/** Cell counts of every row (NaN where a count is missing) and the rows with a complete table. */
export interface CellCounts {
  readonly ai: Float64Array;
  readonly bi: Float64Array;
  readonly ci: Float64Array;
  readonly di: Float64Array;
  /** 0-based rows whose four cells are all present. */
  readonly complete: readonly number[];
}

/** Complete tables only, in the order of `CellCounts.complete`. */
export interface Tables {
  readonly ai: Float64Array;
  readonly bi: Float64Array;
  readonly ci: Float64Array;
  readonly di: Float64Array;
}

const isMissing = (v: number | null | undefined): boolean => v === null || v === undefined || Number.isNaN(v);

function column(x: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: x.length }, (_, i) => (isMissing(x[i]) ? NaN : Number(x[i])));
}

function checkCount(field: string, x: Float64Array, what: string): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (Number.isNaN(v)) continue;
    if (!Number.isFinite(v) || v < 0) {
      throw new InputError(`'${field}' must be a non-negative ${what} (row ${i}: got ${v}).`, { field, row: i, value: v });
    }
  }
}

/** The cells of the other outcome in one group: given directly, or as group size minus events. */
function otherCells(
  events: Float64Array,
  eventsName: string,
  given: ArrayLike<number> | undefined,
  givenName: string,
  totals: ArrayLike<number> | undefined,
  totalsName: string,
): Float64Array {
  const k = events.length;
  if (given === undefined && totals === undefined) {
    throw new InputError(`Specify either '${givenName}' or '${totalsName}' (with '${eventsName}').`, { field: givenName });
  }
  for (const [name, x] of [[givenName, given], [totalsName, totals]] as const) {
    if (x !== undefined && x.length !== k) {
      throw new InputError(`'${name}' has ${x.length} values but '${eventsName}' has ${k}.`, { field: name, value: x.length });
    }
  }
  const n = totals === undefined ? undefined : column(totals);
  if (n !== undefined) {
    checkCount(totalsName, n, 'group size');
    for (let i = 0; i < k; i++) {
      if (events[i] > n[i]) {
        throw new InputError(
          `'${eventsName}' (${events[i]}) is larger than the group size '${totalsName}' (${n[i]}) in row ${i}.`,
          { field: eventsName, row: i, value: events[i] },
        );
      }
    }
  }
  if (given === undefined) return Float64Array.from(events, (e, i) => (n as Float64Array)[i] - e);
  const other = column(given);
  checkCount(givenName, other, 'count');
  if (n !== undefined) {
    for (let i = 0; i < k; i++) {
      if (events[i] + other[i] !== n[i] && !Number.isNaN(events[i] + other[i] + n[i])) {
        throw new InputError(
          `'${totalsName}' (${n[i]}) is not '${eventsName}' + '${givenName}' (${events[i] + other[i]}) in row ${i}.`,
          { field: totalsName, row: i, value: n[i] },
        );
      }
    }
  }
  return other;
}

/** Validate the tables and derive bᵢ, dᵢ; throws InputError for impossible counts or when no table is complete. */
export function cellCounts(tables: BinaryTables): CellCounts {
  for (const field of ['ai', 'ci'] as const) {
    if (tables[field] === undefined || tables[field] === null) {
      throw new InputError(`Specify '${field}', the event counts of the ${field === 'ai' ? 'treatment' : 'control'} group.`, {
        field,
      });
    }
  }
  const ai = column(tables.ai);
  const ci = column(tables.ci);
  if (ci.length !== ai.length) {
    throw new InputError(`'ci' has ${ci.length} values but 'ai' has ${ai.length}.`, { field: 'ci', value: ci.length });
  }
  checkCount('ai', ai, 'count');
  checkCount('ci', ci, 'count');
  const bi = otherCells(ai, 'ai', tables.bi, 'bi', tables.n1i, 'n1i');
  const di = otherCells(ci, 'ci', tables.di, 'di', tables.n2i, 'n2i');
  const complete: number[] = [];
  for (let i = 0; i < ai.length; i++) {
    if (!Number.isNaN(ai[i] + bi[i] + ci[i] + di[i])) complete.push(i);
  }
  if (complete.length === 0) {
    throw new InputError(
      ai.length === 0 ? 'No tables given (k = 0).' : 'Every table has a missing count: nothing to pool (k = 0).',
      { field: 'ai', value: ai.length },
    );
  }
  return { ai, bi, ci, di, complete };
}

/** The complete tables, in row order. */
export function completeTables(cells: CellCounts): Tables {
  const pick = (x: Float64Array) => Float64Array.from(cells.complete, (i) => x[i]);
  return { ai: pick(cells.ai), bi: pick(cells.bi), ci: pick(cells.ci), di: pick(cells.di) };
}
