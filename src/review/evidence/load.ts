/**
 * Reads the embedded evidence base from data/msc-autoimmune (Node only: it reads
 * files). Everything else in src/review/evidence is free of the file system.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVIDENCE_FILES, parseEvidence, type EvidenceBase, type EvidenceTexts } from './evidence-base.js';

/** data/msc-autoimmune, found from this module both in src (tests) and in dist (built). */
export function defaultEvidenceDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const up = here.includes(`${join('dist', 'src')}`) ? '../../../../' : '../../../';
  return join(here, up, 'data', 'msc-autoimmune');
}

export function readEvidenceTexts(dir = defaultEvidenceDir()): EvidenceTexts {
  const texts = Object.fromEntries(Object.entries(EVIDENCE_FILES).map(([k, name]) => [k, readFileSync(join(dir, name), 'utf8')]));
  return texts as unknown as EvidenceTexts;
}

export function loadEvidence(dir = defaultEvidenceDir()): EvidenceBase {
  return parseEvidence(readEvidenceTexts(dir), 'data/msc-autoimmune/');
}
