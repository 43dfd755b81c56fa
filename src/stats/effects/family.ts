/**
 * The contract between escalc and the modules that compute one family of
 * measures (2×2 tables, two-group means, proportions, …): raw yᵢ and vᵢ before
 * metafor's final recoding of infinite and undefined values (see finalize.ts).
 */
import type { Columns } from './columns.js';
import type { ResolvedOptions } from './options.js';
import type { Measure } from './types.js';

export interface RawEffects {
  readonly yi: Float64Array;
  readonly vi: Float64Array;
  /** 1 where the row had all its inputs (and was not dropped by drop00): a NaN outcome there is worth a warning. */
  readonly complete: Uint8Array;
  /** 1 where metafor sets vᵢ to NA on purpose but keeps yᵢ (correlations with nᵢ ≤ 3). */
  readonly keepYi?: Uint8Array;
  readonly warnings: readonly string[];
}

export type Family = (measure: Measure, cols: Columns, options: ResolvedOptions) => RawEffects;
