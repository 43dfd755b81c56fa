import { describe, expect, it } from 'vitest';
import { prismaFromLedger, type PrismaLedger } from '../../src/review/prisma-ledger.js';
import { prismaCounts } from '../../src/plot/prisma/counts.js';
import { FT, TA, dec, ledger, res } from './screening/helpers.js';

// Ten records: 1–6 PubMed, 7–9 CNKI, 10 ClinicalTrials.gov; 7 and 8 merged into 1 and 2.
const records = [
  ...[1, 2, 3, 4, 5, 6].map((id) => ({ id, database: 'PubMed', duplicateOf: null })),
  { id: 7, database: 'CNKI', duplicateOf: 1 },
  { id: 8, database: 'CNKI', duplicateOf: 2 },
  { id: 9, database: 'CNKI', duplicateOf: null },
  { id: 10, database: 'ClinicalTrials.gov', duplicateOf: null },
];
const both = (id: number, stage: typeof TA, v: 'include' | 'exclude' | 'maybe', reason: string | null = null) => [dec(id, stage, 'ana', v, reason), dec(id, stage, 'bo', v, reason)];
const screening = ledger(
  [
    ...both(1, TA, 'include'),
    ...both(2, TA, 'exclude'),
    dec(3, TA, 'ana', 'include'), dec(3, TA, 'bo', 'exclude'), // resolved: include
    dec(4, TA, 'ana', 'include'), dec(4, TA, 'bo', 'maybe'), // unresolved conflict
    ...both(5, TA, 'maybe'),
    ...both(6, TA, 'exclude'),
    dec(7, TA, 'ana', 'include'), // decided before 7 was merged into 1: not counted
    ...both(9, TA, 'include'),
    dec(10, TA, 'ana', 'include'), // awaiting bo
    ...both(1, FT, 'include'),
    ...both(3, FT, 'exclude', 'Not randomised'),
    dec(5, FT, 'ana', 'exclude', 'Wrong population'), dec(5, FT, 'bo', 'exclude', 'Wrong outcome'),
  ],
  [res(3, TA, 'include', 'cai'), res(5, FT, 'exclude', 'cai', 'third_reviewer', 'Wrong population')],
);
const l: PrismaLedger = { ...screening, records, notRetrieved: [9] };

describe('prismaFromLedger()', () => {
  const { counts, pending } = prismaFromLedger(l);

  it('prismaFromLedger(ledger) counts identification per database and register, and duplicates removed', () => {
    expect(counts.identification).toEqual({
      records_identified: 10,
      databases: [{ name: 'PubMed', n: 6 }, { name: 'CNKI', n: 3 }],
      registers: [{ name: 'ClinicalTrials.gov', n: 1 }],
      duplicates_removed: 2,
      automation_removed: 0,
      other_removed: 0,
    });
  });

  it('prismaFromLedger(ledger) counts settled screening, retrieval, eligibility with reasons, and inclusion', () => {
    expect(counts.screening).toEqual({ screened: 6, excluded: 2 });
    expect(counts.retrieval).toEqual({ sought: 4, not_retrieved: 1 });
    expect(counts.eligibility).toEqual({ assessed: 3, excluded: [{ reason: 'Wrong population', n: 1 }, { reason: 'Not randomised', n: 1 }] });
    expect(counts.included).toEqual({ studies: 1, reports: 1 });
    expect(pending).toEqual({ titleAbstract: 2, fullText: 0 });
  });

  it('prismaFromLedger(ledger) passes through prismaCounts unchanged', () => {
    expect(prismaCounts(JSON.parse(JSON.stringify(counts)))).toEqual(counts);
  });

  it('prismaFromLedger(ledger, { studyOf }) counts studies apart from their reports', () => {
    const l2: PrismaLedger = { ...l, resolutions: [l.resolutions[0], res(5, FT, 'include', 'cai')] };
    expect(prismaFromLedger(l2).counts.included).toEqual({ studies: 2, reports: 2 });
    expect(prismaFromLedger(l2, { studyOf: new Map([[1, 'Wang 2019'], [5, 'Wang 2019']]) }).counts.included).toEqual({ studies: 1, reports: 2 });
  });

  it('prismaFromLedger(ledger, { registers }) takes the project’s list of registers', () => {
    const c = prismaFromLedger(l, { registers: ['CNKI'] }).counts.identification;
    expect(c.databases).toEqual([{ name: 'PubMed', n: 6 }, { name: 'ClinicalTrials.gov', n: 1 }]);
    expect(c.registers).toEqual([{ name: 'CNKI', n: 3 }]);
  });

  it('prismaFromLedger(empty ledger) is all zeros and still a valid counts file', () => {
    const e = prismaFromLedger({ ...ledger([]), records: [], notRetrieved: [] });
    expect(e.counts.screening).toEqual({ screened: 0, excluded: 0 });
    expect(e.counts.eligibility.excluded).toEqual([]);
    expect(prismaCounts(JSON.parse(JSON.stringify(e.counts)))).toEqual(e.counts);
  });
});
