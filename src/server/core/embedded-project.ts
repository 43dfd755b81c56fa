/**
 * The project `metasift serve` opens when none is named: a working copy in
 * ./metasift-work/, seeded once with one record per study of the embedded MSC evidence
 * (data/msc-autoimmune/studies.csv), so screening starts from the review's own studies,
 * and with the curated extraction (seed-extraction.ts) so extraction, analysis and the
 * report open on the review's data. The embedded data stay untouched. Reopened, not
 * reseeded, on later runs.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BibRecord } from '../../review/records/types.js';
import { loadEvidence } from '../../review/evidence/load.js';
import type { StudyRecord } from '../../review/evidence/types.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { seedExtraction } from './seed-extraction.js';

export const WORK_DIR = 'metasift-work';
const FILE = 'msc-autoimmune.sqlite';
const DATABASE = 'MSC evidence base';
const REASONS = ['Wrong population', 'Wrong intervention', 'Wrong comparator', 'Wrong outcomes', 'Wrong study design'];

const toRecord = (s: StudyRecord): BibRecord => ({
  sourceId: s.study_id,
  source: { database: DATABASE, file: s.file, line: s.line },
  title: `${s.label}: mesenchymal stromal cells (${s.msc_source_detail || s.msc_source}) in ${s.disease}${s.control ? `, versus ${s.control}` : ''}`,
  authors: [],
  year: Number(/\d{4}/.exec(s.label)?.[0]) || undefined,
  abstract: [s.dose && `Dose: ${s.dose}.`, s.route && `Route: ${s.route}.`, s.co_therapy && `Co-therapy: ${s.co_therapy}.`, s.follow_up && `Follow-up: ${s.follow_up}.`].filter(Boolean).join(' ') || undefined,
  registrations: s.registration ? [s.registration] : undefined,
  url: s.source_url || undefined,
});

/** Opens the working copy under `cwd`, creating and seeding it on first use. */
export function openEmbeddedProject(cwd: string, opts: { required: number }): { store: SqliteStore; path: string; created: boolean } {
  const dir = join(cwd, WORK_DIR);
  const path = join(dir, FILE);
  const created = !existsSync(path);
  if (created) {
    // seeded under another name and renamed, so an interrupted first run leaves no half-made project
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.seeding`;
    rmSync(tmp, { force: true });
    const seed = SqliteStore.open(tmp);
    const base = loadEvidence();
    seed.importRecords(base.studies.map(toRecord), { file: 'data/msc-autoimmune/studies.csv', database: DATABASE, by: 'metasift' });
    seedExtraction(seed, base);
    for (const r of REASONS) seed.addExclusionReason(r);
    seed.setSetting('screening.required', opts.required);
    seed.close();
    renameSync(tmp, path);
  }
  return { store: SqliteStore.open(path), path, created };
}
