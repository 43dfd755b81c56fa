/**
 * analysis-plans.json: the analyses (disease, outcome, measure, which rows, a
 * plain statement of what is missing) and the plan models they are run under:
 * "as-published" (RevMan conventions: fixed effect below an I² threshold,
 * DerSimonian–Laird random effects above it) and "recommended" (REML,
 * Knapp–Hartung, prediction interval). Single-arm analyses carry their
 * transforms, the overlap rule and the pre–post correlation policy.
 */
import { jsonReader, type JsonObject, type JsonReader } from './json-reader.js';
import type { ComparativeMeasure } from './favours.js';

export interface IncludeSet {
  readonly analysis: string;
  readonly studies: readonly string[];
}

export interface PlannedAnalysis {
  readonly id: string;
  readonly title: string;
  readonly condition: string;
  readonly outcome: string;
  readonly measure: ComparativeMeasure;
  readonly mirrors: readonly string[];
  /** Rows of other analyses reused here, limited to the named studies. */
  readonly include: readonly IncludeSet[];
  readonly subgroupBy?: 'msc_source';
  readonly missing: string;
  readonly notes?: string;
}

export interface SingleArmAnalysis {
  readonly id: string;
  readonly title: string;
  readonly outcome: string;
  readonly kind: 'proportion' | 'prepost';
  readonly missing: string;
}

export type PlanModel =
  | {
      readonly rule: 'i2-threshold';
      readonly i2Threshold: number;
      readonly i2ThresholdSource: string;
      readonly fixed: { readonly binary: 'MH' | 'IV'; readonly continuous: 'IV' };
      readonly random: 'DL';
      readonly test: 'z';
      readonly predictionInterval: boolean;
      readonly drop00: boolean;
      readonly note: string;
    }
  | {
      readonly rule: 'fixed-choice';
      readonly method: 'REML' | 'DL';
      readonly test: 'z' | 'knha';
      readonly predictionInterval: boolean;
      readonly drop00: boolean;
      readonly note: string;
    };

export interface Plan {
  readonly id: string;
  readonly title: string;
  readonly model: PlanModel;
}

export interface SingleArmPolicy {
  readonly transforms: readonly ('PLO' | 'PFT')[];
  readonly overlapRule: { readonly group: string; readonly rule: 'largest-n'; readonly tieBreak: 'earliest-report'; readonly statement: string };
  readonly ri: { readonly default: number | null; readonly sensitivity: readonly number[]; readonly statement: string };
  readonly analyses: readonly SingleArmAnalysis[];
}

export interface EvidencePlans {
  readonly minStudies: number;
  readonly analyses: readonly PlannedAnalysis[];
  readonly singleArm: SingleArmPolicy;
  readonly plans: readonly Plan[];
}

const MEASURES: readonly ComparativeMeasure[] = ['RR', 'OR', 'RD', 'PETO', 'MD', 'SMD'];

function oneOf<T extends string>(j: JsonReader, v: unknown, p: string, values: readonly T[]): T {
  const s = j.string(v, p);
  if (!(values as readonly string[]).includes(s)) j.fail(p, `'${s}' is not one of ${values.join(', ')}`);
  return s as T;
}

function strings(j: JsonReader, v: unknown, p: string): string[] {
  return v === undefined ? [] : j.array(v, p).map((s, i) => j.string(s, `${p}[${i}]`));
}

function analysis(j: JsonReader, o: JsonObject, p: string): PlannedAnalysis {
  return {
    id: j.string(o.id, `${p}.id`),
    title: j.string(o.title, `${p}.title`),
    condition: j.string(o.condition, `${p}.condition`),
    outcome: j.string(o.outcome, `${p}.outcome`),
    measure: oneOf(j, o.measure, `${p}.measure`, MEASURES),
    mirrors: strings(j, o.mirrors, `${p}.mirrors`),
    include: (o.include === undefined ? [] : j.array(o.include, `${p}.include`)).map((x, i) => {
      const inc = j.object(x, `${p}.include[${i}]`);
      return { analysis: j.string(inc.analysis, `${p}.include[${i}].analysis`), studies: strings(j, inc.studies, `${p}.include[${i}].studies`) };
    }),
    ...(o.subgroupBy === undefined ? {} : { subgroupBy: oneOf(j, o.subgroupBy, `${p}.subgroupBy`, ['msc_source'] as const) }),
    missing: j.string(o.missing, `${p}.missing`),
    ...(o.notes === undefined ? {} : { notes: j.string(o.notes, `${p}.notes`) }),
  };
}

function model(j: JsonReader, o: JsonObject, p: string): PlanModel {
  const rule = oneOf(j, o.rule, `${p}.rule`, ['i2-threshold', 'fixed-choice'] as const);
  const common = { predictionInterval: j.boolean(o.predictionInterval, `${p}.predictionInterval`), drop00: j.boolean(o.drop00, `${p}.drop00`), note: j.string(o.note, `${p}.note`) };
  if (rule === 'fixed-choice') {
    return { rule, method: oneOf(j, o.method, `${p}.method`, ['REML', 'DL'] as const), test: oneOf(j, o.test, `${p}.test`, ['z', 'knha'] as const), ...common };
  }
  const threshold = j.number(o.i2Threshold, `${p}.i2Threshold`);
  if (threshold < 0 || threshold > 100) j.fail(`${p}.i2Threshold`, 'an I² threshold is a percentage between 0 and 100');
  const fixed = j.object(o.fixed, `${p}.fixed`);
  return {
    rule,
    i2Threshold: threshold,
    i2ThresholdSource: j.string(o.i2ThresholdSource, `${p}.i2ThresholdSource`),
    fixed: { binary: oneOf(j, fixed.binary, `${p}.fixed.binary`, ['MH', 'IV'] as const), continuous: oneOf(j, fixed.continuous, `${p}.fixed.continuous`, ['IV'] as const) },
    random: oneOf(j, o.random, `${p}.random`, ['DL'] as const),
    test: oneOf(j, o.test, `${p}.test`, ['z'] as const),
    ...common,
  };
}

function singleArm(j: JsonReader, o: JsonObject): SingleArmPolicy {
  const p = 'singleArm';
  const ov = j.object(o.overlapRule, `${p}.overlapRule`);
  const ri = j.object(o.ri, `${p}.ri`);
  const sens = j.array(ri.sensitivity, `${p}.ri.sensitivity`).map((x, i) => j.number(x, `${p}.ri.sensitivity[${i}]`));
  for (const [i, r] of sens.entries()) if (r <= -1 || r >= 1) j.fail(`${p}.ri.sensitivity[${i}]`, 'a correlation must lie between -1 and 1');
  return {
    transforms: j.array(o.transforms, `${p}.transforms`).map((t, i) => oneOf(j, t, `${p}.transforms[${i}]`, ['PLO', 'PFT'] as const)),
    overlapRule: {
      group: j.string(ov.group, `${p}.overlapRule.group`),
      rule: oneOf(j, ov.rule, `${p}.overlapRule.rule`, ['largest-n'] as const),
      tieBreak: oneOf(j, ov.tieBreak, `${p}.overlapRule.tieBreak`, ['earliest-report'] as const),
      statement: j.string(ov.statement, `${p}.overlapRule.statement`),
    },
    ri: { default: j.numberOrNull(ri.default, `${p}.ri.default`), sensitivity: sens, statement: j.string(ri.statement, `${p}.ri.statement`) },
    analyses: j.array(o.analyses, `${p}.analyses`).map((x, i) => {
      const a = j.object(x, `${p}.analyses[${i}]`);
      const q = `${p}.analyses[${i}]`;
      return {
        id: j.string(a.id, `${q}.id`),
        title: j.string(a.title, `${q}.title`),
        outcome: j.string(a.outcome, `${q}.outcome`),
        kind: oneOf(j, a.kind, `${q}.kind`, ['proportion', 'prepost'] as const),
        missing: j.string(a.missing, `${q}.missing`),
      };
    }),
  };
}

export function parsePlans(json: unknown, file: string): EvidencePlans {
  const j = jsonReader(file);
  const top = j.object(json, '(top)');
  const analyses = j.array(top.analyses, 'analyses').map((a, i) => analysis(j, j.object(a, `analyses[${i}]`), `analyses[${i}]`));
  const ids = new Set<string>();
  analyses.forEach((a, i) => {
    if (ids.has(a.id)) j.fail(`analyses[${i}].id`, `the analysis id '${a.id}' is used twice`);
    ids.add(a.id);
  });
  const minStudies = j.number(top.minStudies, 'minStudies');
  return {
    minStudies,
    analyses,
    singleArm: singleArm(j, j.object(top.singleArm, 'singleArm')),
    plans: j.array(top.plans, 'plans').map((x, i) => {
      const o = j.object(x, `plans[${i}]`);
      return { id: j.string(o.id, `plans[${i}].id`), title: j.string(o.title, `plans[${i}].title`), model: model(j, j.object(o.model, `plans[${i}].model`), `plans[${i}].model`) };
    }),
  };
}
