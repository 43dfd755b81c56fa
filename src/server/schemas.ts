/** The zod schemas of the API's inputs: one per request body or query, named after the route. */
import { z } from 'zod';
import { ARM_GROUPS, COUNT_CHARACTERISTICS, OUTCOME_TYPES, TEXT_CHARACTERISTICS } from '../review/extraction/types.js';
import { STAGES, VERDICTS } from '../review/screening/types.js';
import { ROLES } from './env.js';

export const id = z.coerce.number().int().positive();
export const stage = z.enum(STAGES);
const verdict = z.enum(VERDICTS);
const text = (max: number) => z.string().max(max);

export const recordsQuery = z.strictObject({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  stage: stage.default('title_abstract'),
  filter: z.enum(['all', 'undecided', 'mine', 'conflicts']).default('all'),
});

export const stageQuery = z.strictObject({ stage: stage.optional() });

export const importBody = z.strictObject({
  text: z.string().min(1),
  file: text(255).min(1),
  database: text(100).min(1).optional(),
});

export const dedupeRunBody = z.strictObject({ apply: z.boolean().default(true) });

export const pairBody = z.strictObject({
  a: id,
  b: id,
  action: z.enum(['merge', 'keep']),
});

export const decisionBody = z.strictObject({
  recordId: id,
  stage,
  verdict,
  reason: text(200).nullable().optional(),
  note: text(5000).nullable().optional(),
});

export const resolutionBody = z.strictObject({
  recordId: id,
  stage,
  verdict,
  reason: text(200).nullable().optional(),
  method: z.enum(['third_reviewer', 'agreement']),
  why: text(5000).min(1),
});

export const reasonBody = z.strictObject({ label: text(200).min(1) });

const column = text(100).min(1);
export const analysisOptions = z.strictObject({
  measure: text(20).optional(),
  method: z.enum(['EE', 'FE', 'DL', 'HE', 'HS', 'HSk', 'SJ', 'ML', 'REML', 'EB', 'PM', 'PMM', 'GENQ', 'MH', 'PETO']).optional(),
  test: z.enum(['z', 'knha', 't']).optional(),
  level: z.number().gt(0).lt(100).optional(),
  add: z.number().min(0).optional(),
  to: z.enum(['only0', 'all', 'if0all', 'none']).optional(),
  drop00: z.boolean().optional(),
  studyColumn: column.optional(),
  subgroup: column.optional(),
  subgroupTau2: z.enum(['separate', 'common']).optional(),
  mods: z.array(column).max(20).optional(),
  leave1out: z.boolean().optional(),
  cumulative: column.optional(),
  influence: z.boolean().optional(),
  bias: z.boolean().optional(),
  predict: z.array(z.record(z.string(), z.string())).max(50).optional(),
  // a permutation test costs time in proportion: bounded so one request cannot hold the server
  permutations: z.number().int().min(1).max(10_000).optional(),
  seed: z.number().int().optional(),
});

export const analysisBody = z.strictObject({
  csv: z.string().min(1).max(2_000_000),
  file: text(255).min(1).default('studies.csv'),
  options: analysisOptions.default({}),
});

export const forestQuery = z.strictObject({
  layout: z.enum(['revman', 'metafor']).default('revman'),
  prediction: z.enum(['true', 'false']).optional(),
});

export const username = z.string().regex(/^[a-z0-9][a-z0-9_.-]{1,39}$/, 'a name of 2–40 characters: lower-case letters, digits, _ . -');
// NIST SP 800-63B: at least 8 characters, long passphrases allowed; argon2 takes any length, we cap the work
const password = z.string().min(10, 'at least 10 characters').max(256);

export const loginBody = z.strictObject({ username: z.string().min(1).max(40), password: z.string().min(1).max(256) });
export const userBody = z.strictObject({ username, name: text(100).min(1).optional(), password, role: z.enum(ROLES) });
export const passwordBody = z.strictObject({ current: z.string().min(1).max(256), next: password });

// extraction: the shapes only; the domain (checkArm, checkOutcome) judges the values and names the field
const num = z.number();
const reported = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('events'), events: num, n: num }),
  z.strictObject({ type: z.literal('mean_sd'), mean: num, sd: num, n: num }),
  z.strictObject({ type: z.literal('mean_se'), mean: num, se: num, n: num }),
  z.strictObject({ type: z.literal('mean_ci'), mean: num, ci_lb: num, ci_ub: num, n: num, level: num.optional() }),
  z.strictObject({ type: z.literal('median'), median: num, n: num, q1: num.optional(), q3: num.optional(), min: num.optional(), max: num.optional() }),
]);
export const armEntry = z.strictObject({ group: z.enum(ARM_GROUPS), value: reported });
export const outcomeName = text(200).min(1);

export const studyBody = z.strictObject({ label: text(200).min(1), reports: z.array(id).max(100).default([]) });
export const reportBody = z.strictObject({ recordId: id });
export const outcomeBody = z.strictObject({
  name: outcomeName,
  type: z.enum(OUTCOME_TYPES),
  unit: text(100),
  lowerIsBetter: z.boolean(),
  timepoint: text(100),
});
export const armBody = z.strictObject({ studyId: id, outcome: outcomeName, arm: text(100).min(1), entry: armEntry });
export const reconcileBody = armBody.extend({ why: text(5000).min(1) });
// a study's characteristics: text where text is expected, numbers (or null) for the counts;
// checkCharacteristics judges them (whole numbers ≥ 1) and names the field
type TextKey = (typeof TEXT_CHARACTERISTICS)[number];
type CountKey = (typeof COUNT_CHARACTERISTICS)[number];
const characteristicsValues = z.strictObject({
  ...(Object.fromEntries(TEXT_CHARACTERISTICS.map((k) => [k, text(5000).optional()])) as Record<TextKey, z.ZodOptional<z.ZodString>>),
  ...(Object.fromEntries(COUNT_CHARACTERISTICS.map((k) => [k, num.nullable().optional()])) as Record<CountKey, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>),
});
export const characteristicsBody = z.strictObject({ studyId: id, values: characteristicsValues });
export const reconcileCharacteristicsBody = characteristicsBody.extend({ why: text(5000).min(1) });
export const extractionQuery = z.strictObject({ studyId: id.optional(), outcome: outcomeName.optional() });
/** `?with=msc_source,route`: study characteristics to add as columns (checked against TEXT_CHARACTERISTICS by the route). */
export const outcomeTableQuery = z.strictObject({ with: text(1000).optional() });
export const outcomeAnalysisQuery = z.strictObject({
  measure: text(20).optional(),
  /** A study characteristic to pool subgroups by (e.g. msc_source). */
  subgroup: text(100).optional(),
  method: analysisOptions.shape.method,
  test: analysisOptions.shape.test,
  level: z.coerce.number().gt(0).lt(100).optional(),
});

/** An outcome's analysis for the report: the shapes here, the combinations by checkOutcomeAnalysis (422 naming the field). */
export const outcomeAnalysisBody = z.strictObject({
  measure: text(20).optional(),
  method: analysisOptions.shape.method,
  test: analysisOptions.shape.test,
  level: z.number().gt(0).lt(100).optional(),
  prediction: z.boolean().optional(),
  subgroup: text(100).nullable().optional(),
  higherIsBetter: z.boolean().optional(),
});
/** PRISMA counts edited by hand (docs/prisma-counts.md); prismaCounts judges them and names the field. */
export const prismaOverridesBody = z.strictObject({ counts: z.record(z.string(), z.unknown()) });

// screening: the project's highlight terms (one term: a word or phrase, in any script)
const term = z.string().trim().min(1, 'a term of at least one character').max(100);
export const highlightBody = z.strictObject({ include: z.array(term).max(500), exclude: z.array(term).max(500) });
