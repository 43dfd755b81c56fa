/**
 * `metasift import PROJECT FILE... [--database NAME]`: reads every file first (any error
 * stops everything before a single record is stored), then stores each file's records in
 * one transaction, with a progress bar on a terminal.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { FileFormatError } from '../../io/errors.js';
import { readRecords } from '../../io/records/index.js';
import { UsageError } from '../usage-error.js';
import { withProject } from './open-project.js';

export const IMPORT_HELP = `Usage: metasift import PROJECT FILE... [--database NAME] [--by REVIEWER]

Adds search results to the project. Formats are recognised from the content and the
file name: RIS, PubMed/MEDLINE (.nbib, .txt), BibTeX, EndNote XML, CSV, CNKI and Wanfang
exports (NoteExpress or EndNote-style text) and ClinicalTrials.gov JSON. Each record keeps
the database it came from, for the PRISMA diagram.

  --database NAME   the database the file came from (default: what the file says)
`;

function progressBar(file: string, out: NodeJS.WriteStream) {
  if (!out.isTTY) return undefined;
  return (done: number, total: number) => {
    const width = 30;
    const filled = Math.round((width * done) / Math.max(total, 1));
    out.write(`\r${basename(file)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) out.write('\n');
  };
}

export function runImport(args: readonly string[], write: (s: string) => void): void {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { database: { type: 'string' }, by: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return write(IMPORT_HELP);
  const [project, ...files] = positionals;
  if (project === undefined || files.length === 0) throw new UsageError('Give the project and at least one file to import.\n\n' + IMPORT_HELP);
  const parsed = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new FileFormatError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file });
    }
    return { file, ...readRecords(text, file, { database: values.database }) };
  });
  withProject(project, (store) => {
    for (const p of parsed) {
      const database = values.database ?? p.records[0]?.source.database ?? p.format;
      const { count } = store.importRecords(p.records, {
        file: p.file,
        database,
        by: values.by,
        onProgress: progressBar(p.file, process.stderr),
        every: 5000,
      });
      write(`${p.file}: ${count} records (${p.format}, ${database})\n`);
      for (const w of p.warnings) write(`  note: ${w.line === undefined ? '' : `line ${w.line}: `}${w.message}\n`);
    }
    write(`The project now holds ${store.countRecords()} records.\n`);
  });
}
