/**
 * The analysis a project chose for one of its outcomes, as RevMan keeps per outcome: the
 * measure, the pooling method (fixed or random effects, and how), the test, the
 * confidence level, the prediction interval, the study characteristic to pool subgroups
 * by and which direction is better. Checked here once, for every way of setting it (CLI,
 * API), with the same rules the analysis itself applies (methodMeasureProblem: no
 * Mantel–Haenszel with an SMD); what is checked is what the report then pools with.
 */
import type { OutcomeType } from '../review/extraction/types.js';
import { TEXT_CHARACTERISTICS } from '../review/extraction/types.js';
import { characteristicLabel } from '../review/extraction/characteristic-labels.js';
import type { TestType } from '../stats/models/types.js';
import type { AnalysisExtras, AnalysisOptions, PoolingMethod } from './analysis-options.js';
import { methodMeasureProblem } from './pooled-result.js';

/** The measures an outcome's extracted table can be pooled with (its columns: events and totals, or means and SDs). */
export const OUTCOME_MEASURES: Readonly<Record<OutcomeType, readonly string[]>> = {
  binary: ['RR', 'OR', 'RD', 'PETO'],
  continuous: ['MD', 'SMD', 'SMDH', 'ROM'],
};

export const POOLING_METHODS: readonly PoolingMethod[] = ['MH', 'PETO', 'EE', 'FE', 'DL', 'HE', 'HS', 'HSk', 'SJ', 'ML', 'REML', 'EB', 'PM', 'PMM', 'GENQ'];
const TESTS: readonly TestType[] = ['z', 'knha', 't'];

export interface OutcomeAnalysisOptions {
  readonly measure: string;
  readonly method: PoolingMethod;
  readonly test: TestType;
  /** Confidence level in percent. */
  readonly level: number;
  /** Draw (and report) the prediction interval of a random-effects model. */
  readonly prediction: boolean;
  /** A study characteristic (e.g. msc_source) to pool subgroups by. */
  readonly subgroup?: string;
  /** Higher values (more events) are the better result: sets the forest plot's "Favours" sides. */
  readonly higherIsBetter: boolean;
}

/** The saved choice, with who saved it and when (project setting `analysis.outcome.<name>`). */
export interface SavedOutcomeAnalysis {
  readonly options: OutcomeAnalysisOptions;
  readonly by: string;
  readonly at: string;
}

export class OutcomeAnalysisError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'OutcomeAnalysisError';
  }
}

export const outcomeAnalysisKey = (outcome: string): string => `analysis.outcome.${outcome}`;

interface OutcomeLike {
  readonly name: string;
  readonly type: OutcomeType;
  readonly lowerIsBetter: boolean;
}

/** What the report pools with when nothing is saved: RR by Mantel–Haenszel for events; MD, REML with Knapp–Hartung and a prediction interval for means. */
export function defaultOutcomeAnalysis(o: OutcomeLike): OutcomeAnalysisOptions {
  return o.type === 'binary'
    ? { measure: 'RR', method: 'MH', test: 'z', level: 95, prediction: false, higherIsBetter: !o.lowerIsBetter }
    : { measure: 'MD', method: 'REML', test: 'knha', level: 95, prediction: true, higherIsBetter: !o.lowerIsBetter };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const KEYS = new Set(['measure', 'method', 'test', 'level', 'prediction', 'subgroup', 'higherIsBetter']);

/**
 * Checks options for outcome `o` (missing ones take the outcome's defaults, except that a
 * method fits the measure: a measure alone that MH cannot pool gets REML). Throws
 * OutcomeAnalysisError naming the field: a measure the outcome's data cannot give, an
 * unknown method, a method that cannot pool the measure, a test other than z with the
 * fixed-effect MH or Peto methods, a level outside (0, 100), an unknown characteristic.
 */
export function checkOutcomeAnalysis(o: OutcomeLike, raw: unknown): OutcomeAnalysisOptions {
  if (!isObj(raw)) throw new OutcomeAnalysisError(`The analysis options of ${o.name} should be an object.`, '(top level)');
  const unknown = Object.keys(raw).find((k) => !KEYS.has(k));
  if (unknown !== undefined) throw new OutcomeAnalysisError(`Unknown option '${unknown}': use ${[...KEYS].join(', ')}.`, unknown);
  const d = defaultOutcomeAnalysis(o);
  const measures = OUTCOME_MEASURES[o.type];
  const measure = raw.measure ?? d.measure;
  if (typeof measure !== 'string' || !measures.includes(measure)) {
    throw new OutcomeAnalysisError(`${o.name} is a ${o.type} outcome: its measure is one of ${measures.join(', ')}, not ${JSON.stringify(measure)}.`, 'measure');
  }
  const method = raw.method ?? (methodMeasureProblem(d.method, measure) === undefined ? d.method : 'REML');
  if (typeof method !== 'string' || !(POOLING_METHODS as readonly string[]).includes(method)) {
    throw new OutcomeAnalysisError(`Unknown method ${JSON.stringify(method)}: use one of ${POOLING_METHODS.join(', ')}.`, 'method');
  }
  const problem = methodMeasureProblem(method, measure);
  if (problem !== undefined) throw new OutcomeAnalysisError(`${problem[0].toUpperCase()}${problem.slice(1)}: choose another method or measure.`, 'method');
  const fixedOnly = method === 'MH' || method === 'PETO';
  const test = raw.test ?? (fixedOnly ? 'z' : d.test);
  if (typeof test !== 'string' || !(TESTS as readonly string[]).includes(test)) throw new OutcomeAnalysisError(`Unknown test ${JSON.stringify(test)}: use z, knha or t.`, 'test');
  if (fixedOnly && test !== 'z') throw new OutcomeAnalysisError(`The ${method === 'MH' ? 'Mantel–Haenszel' : 'Peto'} method is a fixed-effect method with a z test only, not ${test}.`, 'test');
  const level = raw.level ?? d.level;
  if (typeof level !== 'number' || !(level > 0 && level < 100)) throw new OutcomeAnalysisError(`The confidence level is a percentage between 0 and 100, not ${JSON.stringify(level)}.`, 'level');
  const prediction = raw.prediction ?? (fixedOnly || method === 'EE' || method === 'FE' ? false : d.prediction);
  if (typeof prediction !== 'boolean') throw new OutcomeAnalysisError(`'prediction' is true or false, not ${JSON.stringify(prediction)}.`, 'prediction');
  const higherIsBetter = raw.higherIsBetter ?? d.higherIsBetter;
  if (typeof higherIsBetter !== 'boolean') throw new OutcomeAnalysisError(`'higherIsBetter' is true or false, not ${JSON.stringify(higherIsBetter)}.`, 'higherIsBetter');
  const subgroup = raw.subgroup ?? undefined;
  if (subgroup !== undefined && (typeof subgroup !== 'string' || !(TEXT_CHARACTERISTICS as readonly string[]).includes(subgroup))) {
    throw new OutcomeAnalysisError(`Subgroups are by a study characteristic: one of ${TEXT_CHARACTERISTICS.join(', ')}, not ${JSON.stringify(subgroup)}.`, 'subgroup');
  }
  return { measure, method: method as PoolingMethod, test: test as TestType, level, prediction, ...(subgroup === undefined ? {} : { subgroup }), higherIsBetter };
}

/** The options analyzeTable takes. */
export function analyzeOptions(o: OutcomeAnalysisOptions): AnalysisOptions & AnalysisExtras {
  return { measure: o.measure, method: o.method, test: o.test, level: o.level, ...(o.subgroup === undefined ? {} : { subgroup: o.subgroup }) };
}

const FIXED_WORDS: Readonly<Record<string, string>> = { MH: 'Mantel–Haenszel, fixed effect', PETO: 'Peto, fixed effect', EE: 'inverse variance, fixed effect', FE: 'inverse variance, fixed effect' };
const TAU_NAMES: Readonly<Record<string, string>> = { DL: 'DerSimonian–Laird', REML: 'REML', ML: 'ML', PM: 'Paule–Mandel', PMM: 'median-unbiased Paule–Mandel', HE: 'Hedges', HS: 'Hunter–Schmidt', HSk: 'Hunter–Schmidt (small-sample)', SJ: 'Sidik–Jonkman', EB: 'empirical Bayes', GENQ: 'generalised Q' };

/** "RR, Mantel–Haenszel, fixed effect"; "MD, inverse variance, random effects (REML τ²), Knapp–Hartung test, prediction interval, subgroups by MSC source". */
export function analysisWords(o: OutcomeAnalysisOptions): string {
  const parts = [o.measure, FIXED_WORDS[o.method] ?? `inverse variance, random effects (${TAU_NAMES[o.method] ?? o.method} τ²)`];
  if (o.test === 'knha') parts.push('Knapp–Hartung test');
  if (o.test === 't') parts.push('t test');
  if (o.level !== 95) parts.push(`${Number(o.level.toFixed(2))}% CI`);
  if (o.prediction && FIXED_WORDS[o.method] === undefined) parts.push('prediction interval');
  if (o.subgroup !== undefined) parts.push(`subgroups by ${characteristicLabel(o.subgroup)}`);
  return parts.join(', ');
}
