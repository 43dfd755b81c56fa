/**
 * `metasift export PROJECT --out FILE [--format csv|ris] [--included STAGE]`: the project's
 * records (duplicates merged away are left out) with their screening outcome, as CSV or RIS.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FileFormatError } from '../../io/errors.js';
import { writeRis } from '../../io/records/index.js';
import { pairKey, stageOutcomes, type Stage } from '../../review/screening/index.js';
import { UsageError } from '../usage-error.js';
import { projectTable } from '../../analysis/project-table.js';
import { checkCharacteristicNames, ExtractionError } from '../../review/extraction/index.js';
import { withProject } from './open-project.js';

export const EXPORT_HELP = `Usage: metasift export PROJECT --out FILE.csv|FILE.ris [--included title_abstract|full_text]
       metasift export PROJECT --analysis OUTCOME [--with CHARACTERISTIC,...] --out FILE.csv

Writes the project's records (merged duplicates left out) with each stage's outcome.
  --included STAGE     only the records that passed that stage
  --analysis OUTCOME   instead, the extracted data of one outcome in metafor's column names
                       (one row per study, arms combined and medians converted), ready for
                       'metasift analyze' or R's escalc()
  --with A,B           with --analysis: add these study characteristics as columns, e.g.
                       msc_source,route (for 'metasift analyze FILE --subgroup msc_source')
`;

function writeOut(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    throw new FileFormatError(`cannot be written (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function runExport(args: readonly string[], write: (s: string) => void): void {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { out: { type: 'string' }, with: { type: 'string' }, format: { type: 'string' }, included: { type: 'string' }, analysis: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return write(EXPORT_HELP);
  const out = values.out;
  if (out === undefined) throw new UsageError('export needs --out FILE.csv or FILE.ris.\n\n' + EXPORT_HELP);
  const format = values.format ?? (/\.ris$/i.test(out) ? 'ris' : 'csv');
  if (format !== 'csv' && format !== 'ris') throw new UsageError('--format must be csv or ris.');
  if (values.with !== undefined && values.analysis === undefined) throw new UsageError('--with adds study characteristics to --analysis OUTCOME; give --analysis too.');
  const included = values.included as Stage | undefined;
  if (values.analysis !== undefined) {
    const outcome = values.analysis;
    const characteristics = (values.with ?? '').split(',').map((c) => c.trim()).filter((c) => c !== '');
    try {
      checkCharacteristicNames(characteristics);
    } catch (e) {
      if (e instanceof ExtractionError) throw new UsageError(`--with: ${e.message}`);
      throw e;
    }
    const table = withProject(positionals[0], (store) => projectTable(store, outcome, { characteristics }));
    const text = [table.columns.join(','), ...table.rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
    writeOut(out, text);
    for (const w of table.warnings) write(`note: ${w}\n`);
    return write(`Wrote ${table.rows.length} studies of ${outcome} to ${out}.\n`);
  }
  withProject(positionals[0], (store) => {
    const ledger = store.ledger();
    const outcomes = stageOutcomes(ledger.decisions, ledger.resolutions, ledger.required);
    const verdict = (id: number, stage: Stage) => {
      const o = outcomes.get(pairKey(id, stage));
      return o === undefined ? '' : o.state === 'agreed' || o.state === 'resolved' ? (o.verdict ?? '') : o.state;
    };
    let rows = store.records({ duplicates: false });
    if (included !== undefined) rows = rows.filter((r) => verdict(r.id, included) === 'include');
    let text: string;
    if (format === 'ris') {
      text = writeRis(rows.map((r) => r.record));
    } else {
      const header = ['id', 'source_id', 'database', 'title', 'authors', 'year', 'journal', 'volume', 'issue', 'pages', 'doi', 'pmid', 'registrations', 'title_abstract', 'full_text'];
      const lines = rows.map((r) => {
        const b = r.record;
        return [String(r.id), b.sourceId, b.source.database, b.title, b.authors.join('; '), b.year === undefined ? '' : String(b.year), b.journal ?? '', b.volume ?? '', b.issue ?? '', b.pages ?? '', b.doi ?? '', b.pmid ?? '', (b.registrations ?? []).join('; '), verdict(r.id, 'title_abstract'), verdict(r.id, 'full_text')].map(csvCell).join(',');
      });
      text = [header.join(','), ...lines].join('\n') + '\n';
    }
    writeOut(out, text);
    write(`Wrote ${rows.length} records to ${out}.\n`);
  });
}
