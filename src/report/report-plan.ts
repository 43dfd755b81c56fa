/**
 * The analysis plan a report is built from (`metasift report PLAN.json|PLAN.yaml`): which
 * data, which outcomes, and for each the measure, model and extra analyses. Checked
 * here so that a mistake is reported with the plan's file and the field at fault.
 */
import { FileFormatError } from '../io/errors.js';
import type { AnalysisExtras, AnalysisOptions, PoolingMethod } from '../analysis/analysis-options.js';
import type { TestType } from '../stats/models/types.js';

export interface OutcomePlan {
  readonly id: string;
  readonly title: string;
  /** CSV file (relative to the plan) if not the plan's default `data`. */
  readonly data?: string;
  /** Only rows whose columns have these values, e.g. {"analysis": "PF_6M"}. */
  readonly subset?: Readonly<Record<string, string>>;
  readonly measure: string;
  readonly method?: PoolingMethod;
  readonly test?: TestType;
  readonly level?: number;
  readonly subgroup?: string;
  readonly subgroupTau2?: 'separate' | 'common';
  readonly leave1out?: boolean;
  readonly bias?: boolean;
  readonly prediction?: boolean;
  /** The outcome is good (healing, response): an effect above the null favours the experimental arm. */
  readonly higherIsBetter?: boolean;
  readonly favours?: readonly [string, string];
  readonly notes?: readonly string[];
}

export interface ReportPlan {
  readonly title: string;
  readonly subtitle?: string;
  readonly data?: string;
  /** PRISMA 2020 counts file (see docs/prisma-counts.md), relative to the plan. */
  readonly prisma?: string;
  readonly outcomes: readonly OutcomePlan[];
}

const METHODS = ['EE', 'FE', 'DL', 'HE', 'HS', 'HSk', 'SJ', 'ML', 'REML', 'EB', 'PM', 'PMM', 'MH', 'PETO'];

export function checkPlan(raw: unknown, file: string): ReportPlan {
  const fail = (message: string, column?: string): never => {
    throw new FileFormatError(message, { file, column });
  };
  if (typeof raw !== 'object' || raw === null) fail('the plan must be an object with a title and a list of outcomes');
  const plan = raw as Record<string, unknown>;
  if (typeof plan.title !== 'string' || plan.title.trim() === '') fail("the plan needs a 'title'", 'title');
  if (!Array.isArray(plan.outcomes) || plan.outcomes.length === 0) fail("the plan needs a list of 'outcomes'", 'outcomes');
  const seen = new Set<string>();
  (plan.outcomes as unknown[]).forEach((o, i) => {
    const where = `outcomes[${i}]`;
    if (typeof o !== 'object' || o === null) fail(`${where} must be an object`, where);
    const out = o as Record<string, unknown>;
    if (typeof out.id !== 'string' || out.id === '') fail(`${where} needs an 'id'`, `${where}.id`);
    if (seen.has(out.id as string)) fail(`two outcomes have the id '${out.id}'`, `${where}.id`);
    seen.add(out.id as string);
    if (typeof out.title !== 'string') fail(`${where} needs a 'title'`, `${where}.title`);
    if (typeof out.measure !== 'string') fail(`${where} needs a 'measure' (for example RR, OR, MD, SMD)`, `${where}.measure`);
    if (out.method !== undefined && !METHODS.includes(out.method as string)) {
      fail(`${where}.method '${out.method}' is not one of ${METHODS.join(', ')}`, `${where}.method`);
    }
    if (out.test !== undefined && !['z', 't', 'knha'].includes(out.test as string)) fail(`${where}.test must be z, t or knha`, `${where}.test`);
    if (out.data === undefined && plan.data === undefined) fail(`${where} has no 'data' file and the plan has no default 'data'`, `${where}.data`);
  });
  return plan as unknown as ReportPlan;
}

export function analysisOptions(o: OutcomePlan): AnalysisOptions & AnalysisExtras {
  return {
    measure: o.measure,
    method: o.method,
    test: o.test,
    level: o.level,
    subgroup: o.subgroup,
    subgroupTau2: o.subgroupTau2,
    leave1out: o.leave1out,
    bias: o.bias,
  };
}
