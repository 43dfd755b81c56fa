/**
 * The deduplication fixture of the API and browser tests: one trial report (Zhang 2012,
 * UC-MSC for liver cirrhosis) and variants of it made with `over`. The same report twice is
 * a confident match; with another year, volume and pages it is a follow-up (uncertain).
 */
import type { BibRecord } from '../../src/review/records/types.js';

export const cirrhosisPaper = (sourceId: string, over: Partial<BibRecord> = {}): BibRecord => ({
  sourceId,
  source: { database: 'Embase', file: 'embase.ris' },
  title: 'Umbilical cord mesenchymal stem cells for decompensated liver cirrhosis: a randomized controlled trial',
  authors: ['Zhang, Z.', 'Lin, H.', 'Shi, M.', 'Wang, F.-S.'],
  year: 2012,
  journal: 'Journal of Gastroenterology and Hepatology',
  volume: '27',
  issue: 'Suppl 2',
  pages: '112-120',
  type: 'article',
  registrations: ['NCT01220492'],
  ...over,
});
