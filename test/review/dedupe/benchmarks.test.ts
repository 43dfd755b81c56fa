/**
 * The labelled benchmarks (../shared/data/dedupe/, README there): zero false positives
 * among auto-merged records, and sensitivity at or above the floor reached when this
 * test was written (rounded down), so a regression fails.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dedupe } from '../../../src/review/dedupe/index.js';
import { DEDUPE_DATA, loadLabelledSet, scoreDedupe } from './benchmark-data.js';

const FLOORS: readonly [string, number][] = [
  ['special_cases', 1],
  ['stroke', 0.98],
  ['haematology', 0.8],
];

describe.skipIf(!existsSync(DEDUPE_DATA))('dedupe on the labelled benchmarks', () => {
  for (const [name, floor] of FLOORS) {
    it(`dedupe(${name}) merges no distinct records and finds at least ${floor} of the redundant ones`, () => {
      const set = loadLabelledSet(name);
      const score = scoreDedupe(set, dedupe(set.records));
      expect(score.wrongGroups).toEqual([]);
      expect(score.falsePositives).toBe(0);
      expect(score.sensitivity).toBeGreaterThanOrEqual(floor);
    });
  }
});
