/**
 * The pooled model alone, from effect data already computed: inverse-variance
 * (rma.uni with any τ² estimator), Mantel–Haenszel or Peto.
 */
import type { CsvTable } from '../io/csv/parse-csv.js';
import { FileFormatError } from '../io/errors.js';
import { rmaMH } from '../stats/models/mantel-haenszel.js';
import { rmaPeto } from '../stats/models/peto.js';
import { rma } from '../stats/models/rma.js';
import type { PooledResult } from '../stats/models/types.js';
import type { AnalysisOptions } from './analysis-options.js';
import { locate, type EffectData } from './effect-data.js';
import { toResultJson, type AnalysisJson } from './result-json.js';

const MH_MEASURES = new Set(['OR', 'RR', 'RD']);

/** Why a pooling method cannot pool a measure (MH: OR, RR or RD; Peto: odds ratios), or undefined when it can. */
export function methodMeasureProblem(method: string, measure: string): string | undefined {
  if (method === 'MH' && !MH_MEASURES.has(measure)) return `the Mantel–Haenszel method pools OR, RR or RD, not ${measure}`;
  if (method === 'PETO' && measure !== 'OR' && measure !== 'PETO') return `the Peto method pools odds ratios (measure OR or PETO), not ${measure}`;
  return undefined;
}

export function pooledResult(table: CsvTable, data: EffectData, options: AnalysisOptions): AnalysisJson {
  const { measure, input } = data;
  const method = options.method ?? 'REML';
  const level = options.level ?? 95;
  const zeroCells = { add: options.add, to: options.to, drop00: options.drop00 };
  let result: PooledResult;
  if (method === 'MH' || method === 'PETO') {
    const problem = methodMeasureProblem(method, measure);
    if (problem !== undefined) throw new FileFormatError(problem, { file: table.file });
    const tables = { ai: input.ai, bi: input.bi, ci: input.ci, di: input.di, n1i: input.n1i, n2i: input.n2i };
    const fit = locate(table, () =>
      method === 'MH'
        ? rmaMH(tables, { measure: measure as 'OR' | 'RR' | 'RD', level, ...zeroCells })
        : rmaPeto(tables, { level, ...zeroCells }),
    );
    // metafor labels both 'FE'; name the pooling method the user chose
    result = { ...fit, method };
  } else {
    result = locate(table, () => rma(data.yi, data.vi, { method, test: options.test ?? 'z', level }));
    if (data.warnings.length > 0) result = { ...result, warnings: [...data.warnings, ...result.warnings] };
  }
  return toResultJson(result, { measure, labels: data.labels, ni: data.ni });
}

