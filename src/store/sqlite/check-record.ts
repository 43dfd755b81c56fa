import type { BibRecord } from '../../review/records/types.js';
import { StoreError } from '../review-store.js';

/** A record an importer handed over must at least have what the store indexes. */
export function checkRecord(r: BibRecord, i: number, file: string): void {
  const at = `${file}: record ${i + 1}`;
  if (typeof r !== 'object' || r === null) throw new StoreError(`${at} is not a record (got ${JSON.stringify(r)}).`);
  if (typeof r.sourceId !== 'string' || r.sourceId === '') throw new StoreError(`${at} has no 'sourceId' (got ${JSON.stringify(r.sourceId)}).`);
  const id = `${at} (ID ${r.sourceId})`;
  if (typeof r.title !== 'string') throw new StoreError(`${id}: 'title' should be text, not ${JSON.stringify(r.title)}.`);
  if (typeof r.source?.database !== 'string' || r.source.database === '') throw new StoreError(`${id}: 'source.database' should name the database, not ${JSON.stringify(r.source?.database)}.`);
  if (!Array.isArray(r.authors)) throw new StoreError(`${id}: 'authors' should be a list, not ${JSON.stringify(r.authors)}.`);
}
