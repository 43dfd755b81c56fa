/**
 * Writes docs/reproduction.md from the embedded evidence (run from the package
 * root). The same Markdown comes from reproductionMarkdown(reproductionTable(
 * loadEvidence())) for the report; test/analysis/evidence checks the file is current.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reproductionMarkdown, reproductionTable } from '../src/analysis/evidence/index.js';
import { loadEvidence } from '../src/review/evidence/index.js';

const root = process.cwd();
const md = reproductionMarkdown(reproductionTable(loadEvidence(join(root, 'data', 'msc-autoimmune'))));
writeFileSync(join(root, 'docs', 'reproduction.md'), md);
process.stdout.write(`wrote docs/reproduction.md\n`);
