/**
 * metasift as a library. The numeric core (everything re-exported from ./stats) is
 * pure and runs in a browser; the analysis and I/O helpers below it read tables.
 * Names follow metafor's (escalc, rma, leave1out, regtest, …) so R users feel at home.
 */
export { escalc, MEASURES, isRatioMeasure, requiredFields } from './stats/effects/index.js';
export type { EffectSizes, EscalcInput, EscalcOptions, Measure } from './stats/effects/index.js';
export { backTransform, transformSummary } from './stats/transforms.js';
export * from './stats/conversions/index.js';
export { rma, type RmaResult } from './stats/models/rma.js';
export { fitRmaUni, type RmaUniFit, type RmaUniOptions } from './stats/models/rma-uni.js';
export { rmaMH, type MhResult } from './stats/models/mantel-haenszel.js';
export { rmaPeto } from './stats/models/peto.js';
export type { PooledResult, TauMethod, TestType, UniMethod } from './stats/models/types.js';
export { metaRegression, type MetaRegression } from './stats/regression/meta-regression.js';
export { designMatrix, type Moderator } from './stats/regression/design-matrix.js';
export { predictAt, type Prediction } from './stats/regression/predict.js';
export { permutationTest, type PermutationTest } from './stats/regression/permutation-test.js';
export { subgroupAnalysis, type SubgroupAnalysis } from './stats/subgroups/subgroup-analysis.js';
export { subgroupDifference, type SubgroupDifference } from './stats/subgroups/subgroup-difference.js';
export { baujat, cumul, influence, leave1out, rstudent, sortOrder } from './stats/sensitivity/index.js';
export { fsn, funnelData, petPeese, ranktest, regtest, trimfill } from './stats/bias/index.js';
export { InputError } from './stats/errors.js';
export { FileFormatError } from './io/errors.js';
export { parseCsv, type CsvTable } from './io/csv/parse-csv.js';
export { analyzeTable, type AnalysisReport } from './analysis/analyze-table.js';
