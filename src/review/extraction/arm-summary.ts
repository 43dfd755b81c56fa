/**
 * A reported arm as escalc's inputs: a mean and SD (continuous) or events and total
 * (binary), with the conversion used so the table can say where each number came from:
 *   se_to_sd      SD = SE·√n (Cochrane Handbook 6.5.2.2; sdFromSe)
 *   ci_to_sd      SD = √n (ub − lb)/(2q), t quantile below n = 60 (Handbook 6.5.2.2; sdFromCi)
 *   median_range  S1, median_iqr S3, median_range_iqr S2: mean by Luo et al. (2018), SD by
 *                 Wan et al. (2014) (meanSdFromMedian).
 */
import { meanSdFromMedian, sdFromCi, sdFromSe } from '../../stats/conversions/index.js';
import type { ReportedValue } from './types.js';

export type ArmConversion = 'none' | 'se_to_sd' | 'ci_to_sd' | 'median_range' | 'median_iqr' | 'median_range_iqr';

export type ArmSummary =
  | { readonly kind: 'binary'; readonly events: number; readonly n: number; readonly conversion: 'none' }
  | { readonly kind: 'continuous'; readonly mean: number; readonly sd: number; readonly n: number; readonly conversion: ArmConversion };

const SCENARIO = { S1: 'median_range', S2: 'median_range_iqr', S3: 'median_iqr' } as const;

export function armSummary(v: ReportedValue): ArmSummary {
  switch (v.type) {
    case 'events':
      return { kind: 'binary', events: v.events, n: v.n, conversion: 'none' };
    case 'mean_sd':
      return { kind: 'continuous', mean: v.mean, sd: v.sd, n: v.n, conversion: 'none' };
    case 'mean_se':
      return { kind: 'continuous', mean: v.mean, sd: sdFromSe(v.se, v.n), n: v.n, conversion: 'se_to_sd' };
    case 'mean_ci':
      return { kind: 'continuous', mean: v.mean, sd: sdFromCi(v.ci_lb, v.ci_ub, v.n, { level: v.level ?? 95 }), n: v.n, conversion: 'ci_to_sd' };
    case 'median': {
      const m = meanSdFromMedian({ n: v.n, median: v.median, q1: v.q1, q3: v.q3, min: v.min, max: v.max });
      return { kind: 'continuous', mean: m.mean, sd: m.sd, n: v.n, conversion: SCENARIO[m.scenario] };
    }
  }
}
