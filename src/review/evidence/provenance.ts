/**
 * The provenance columns every data row carries (source address and location,
 * flags and their note, notes), read and checked: a row without a source is an
 * error, and only the flags the data's README defines are accepted.
 */
import { FLAGS, type Flag, type Provenance } from './types.js';
import type { RowReader } from './row-reader.js';

export const PROVENANCE_COLUMNS = ['source_url', 'source_location', 'flags', 'flag_note', 'notes'] as const;

export function readFlags(r: RowReader): Flag[] {
  const raw = r.text('flags');
  if (raw === '') return [];
  return raw.split(';').map((f) => {
    const flag = f.trim();
    if (!(FLAGS as readonly string[]).includes(flag)) r.fail('flags', `unknown flag '${flag}' (known: ${FLAGS.join(', ')})`);
    return flag as Flag;
  });
}

export function readProvenance(r: RowReader, file: string, opts: { sourceRequired?: boolean } = {}): Provenance {
  const flags = readFlags(r);
  const notFound = flags.includes('NOT_FOUND');
  const source_url = opts.sourceRequired === false || notFound ? r.text('source_url') : r.required('source_url');
  if (source_url !== '' && !/^https?:\/\//.test(source_url)) r.fail('source_url', `'${source_url}' is not a web address`);
  if (flags.length > 0 && r.text('flag_note') === '' && flags.some((f) => f !== 'DERIVED')) {
    r.fail('flag_note', `the flags ${flags.join(', ')} need a note saying why`);
  }
  return {
    file,
    line: r.line,
    source_url,
    source_location: notFound ? r.text('source_location') : r.required('source_location'),
    flags,
    flag_note: r.text('flag_note'),
    notes: r.text('notes'),
  };
}
