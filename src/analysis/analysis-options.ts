/** What a person asks for when pooling a table of studies (the CLI's analysis flags). */
import type { TestType, UniMethod } from '../stats/models/types.js';

export type PoolingMethod = UniMethod | 'MH' | 'PETO';

export interface AnalysisOptions {
  /** metafor's measure code; GEN for precomputed yi with vi or sei. Inferred as GEN when the table has yi. */
  readonly measure?: string;
  readonly method?: PoolingMethod;
  readonly test?: TestType;
  /** Confidence level in percent. */
  readonly level?: number;
  readonly add?: number;
  readonly to?: 'only0' | 'all' | 'if0all' | 'none';
  readonly drop00?: boolean;
  /** Name of the column holding study labels (default: study, or the first text column). */
  readonly studyColumn?: string;
}
