/**
 * The whole embedded evidence base from the texts of its files (no file system,
 * so it can run in a browser): each file parsed and checked row by row, then the
 * cross-file checks of validate-evidence.ts.
 */
import { parseCsv } from '../../io/csv/parse-csv.js';
import { FileFormatError } from '../../io/errors.js';
import { parseArms } from './arms.js';
import { parseDictionary, type OutcomeDictionary } from './dictionary.js';
import { parsePlans, type EvidencePlans } from './plans.js';
import { parsePrisma, type PrismaCounts } from './prisma.js';
import { parsePublished } from './published.js';
import { parseCohorts, parseEvents, parsePrePost } from './single-arm.js';
import { parseStudies } from './studies.js';
import type { ArmRecord, CohortRecord, EventRecord, PrePostRecord, PublishedRecord, StudyRecord } from './types.js';
import { validateEvidence } from './validate-evidence.js';

/** The data files, by name inside data/msc-autoimmune. */
export const EVIDENCE_FILES = {
  studies: 'studies.csv',
  arms: 'rct-arms.csv',
  cohorts: 'single-arm-cohorts.csv',
  events: 'single-arm-events.csv',
  prepost: 'single-arm-prepost.csv',
  published: 'published-pooled.csv',
  dictionary: 'outcome-dictionary.json',
  plans: 'analysis-plans.json',
  prisma: 'prisma.json',
} as const;

export type EvidenceTexts = Readonly<Record<keyof typeof EVIDENCE_FILES, string>>;

export interface EvidenceBase {
  readonly studies: readonly StudyRecord[];
  readonly arms: readonly ArmRecord[];
  readonly cohorts: readonly CohortRecord[];
  readonly events: readonly EventRecord[];
  readonly prepost: readonly PrePostRecord[];
  readonly published: readonly PublishedRecord[];
  readonly dictionary: OutcomeDictionary;
  readonly plans: EvidencePlans;
  readonly prisma: PrismaCounts;
}

function json(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new FileFormatError(`this is not valid JSON (${(err as Error).message})`, { file });
  }
}

/** `prefix` is prepended to the file names in error messages (e.g. 'data/msc-autoimmune/'). */
export function parseEvidence(texts: EvidenceTexts, prefix = ''): EvidenceBase {
  const f = (k: keyof typeof EVIDENCE_FILES): string => prefix + EVIDENCE_FILES[k];
  const base: EvidenceBase = {
    studies: parseStudies(parseCsv(texts.studies, f('studies'))),
    arms: parseArms(parseCsv(texts.arms, f('arms'))),
    cohorts: parseCohorts(parseCsv(texts.cohorts, f('cohorts'))),
    events: parseEvents(parseCsv(texts.events, f('events'))),
    prepost: parsePrePost(parseCsv(texts.prepost, f('prepost'))),
    published: parsePublished(parseCsv(texts.published, f('published'))),
    dictionary: parseDictionary(json(texts.dictionary, f('dictionary')), f('dictionary')),
    plans: parsePlans(json(texts.plans, f('plans')), f('plans')),
    prisma: parsePrisma(json(texts.prisma, f('prisma')), f('prisma')),
  };
  validateEvidence(base);
  return base;
}
