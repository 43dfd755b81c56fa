/**
 * The report's project settings (an outcome's analysis, PRISMA counts edited by hand) are
 * stamped with the store's clock, as every other event of the project, not the machine's.
 */
import { describe, expect, it } from 'vitest';
import { clearOutcomeAnalysis, clearPrismaCounts, day, saveOutcomeAnalysis, savedOutcomeAnalysis, savedPrismaCounts, savePrismaCounts } from '../../src/report/project-settings.js';
import { prismaFromLedger } from '../../src/review/prisma-ledger.js';
import { SqliteStore } from '../../src/store/index.js';

const DEATH = { name: 'death', type: 'binary', lowerIsBetter: true } as const;

describe('project settings for the report', () => {
  it('take `at` from the store\'s clock (SqliteStoreOptions.now)', () => {
    const times = ['2031-05-06T07:08:09.000Z', '2031-05-07T00:00:00.000Z', '2031-05-08T00:00:00.000Z', '2031-05-09T00:00:00.000Z'];
    let i = 0;
    const s = SqliteStore.open(':memory:', { now: () => times[Math.min(i++, times.length - 1)] });
    try {
      const saved = saveOutcomeAnalysis(s, DEATH, { measure: 'OR' }, { by: 'ann' });
      expect(saved.at).toBe('2031-05-06T07:08:09.000Z');
      expect(savedOutcomeAnalysis(s, DEATH).value?.at).toBe('2031-05-06T07:08:09.000Z');
      expect(day(saved.at)).toBe('2031-05-06');
      i = 1;
      clearOutcomeAnalysis(s, DEATH, { by: 'ann' });
      expect(s.setting('analysis.outcome.death')).toEqual({ options: null, by: 'ann', at: '2031-05-07T00:00:00.000Z' });
      i = 2;
      expect(savePrismaCounts(s, prismaFromLedger(s.ledger()).counts, { by: 'bo' }).at).toBe('2031-05-08T00:00:00.000Z');
      expect(savedPrismaCounts(s).value?.at).toBe('2031-05-08T00:00:00.000Z');
      i = 3;
      clearPrismaCounts(s, { by: 'bo' });
      expect(s.setting('prisma.overrides')).toEqual({ counts: null, by: 'bo', at: '2031-05-09T00:00:00.000Z' });
    } finally {
      s.close();
    }
  });
});
