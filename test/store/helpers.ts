import type { BibRecord } from '../../src/review/records/types.js';
import { SqliteStore } from '../../src/store/index.js';

export const rec = (i: number, database = 'PubMed', over: Partial<BibRecord> = {}): BibRecord => ({
  sourceId: `R${i}`,
  source: { database, file: `${database}.txt`, line: i },
  title: `Record ${i}`,
  authors: ['Wang L', 'Smith J'],
  year: 2020,
  doi: `10.1000/${i}`,
  pmid: String(30000000 + i),
  ...over,
});

/** An in-memory project whose clock ticks one second per event. */
export function memoryStore(): SqliteStore {
  let t = Date.UTC(2025, 0, 1);
  return SqliteStore.open(':memory:', { now: () => new Date((t += 1000)).toISOString() });
}

/** A project with records 1–n, reviewers ana, bo (screeners) and cai (resolver), and three exclusion reasons. */
export function screeningStore(n = 6): SqliteStore {
  const s = memoryStore();
  s.importRecords(Array.from({ length: n }, (_, i) => rec(i + 1)), { file: 'PubMed.txt', database: 'PubMed' });
  s.addReviewer({ id: 'ana', name: 'Ana', canResolve: false });
  s.addReviewer({ id: 'bo', name: 'Bo', canResolve: false });
  s.addReviewer({ id: 'cai', name: 'Cai', canResolve: true });
  for (const r of ['Wrong population', 'Not randomised', 'Wrong outcome']) s.addExclusionReason(r);
  return s;
}
