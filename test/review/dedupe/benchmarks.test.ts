/**
 * The labelled benchmarks (../shared/data/dedupe/, README there): zero false positives
 * among auto-merged records, and sensitivity at or above the floor reached when this
 * test was written (rounded down), so a regression fails.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dedupe } from '../../../src/review/dedupe/index.js';
import { DEDUPE_DATA, loadLabelledSet, scoreDedupe } from './benchmark-data.js';

// reached 2026-11-23: respiratory 0.9610, stroke 0.9904, haematology 0.8889, cytology 0.9935, digital_work 0.9864
const FLOORS: readonly [string, number][] = [
  ['special_cases', 1],
  ['respiratory', 0.961],
  ['stroke', 0.99],
  ['haematology', 0.888],
  ['cytology_screening', 0.993],
  ['digital_work', 0.986],
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
