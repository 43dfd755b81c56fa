/**
 * Reads a labelled deduplication benchmark folder (../shared/data/dedupe/<name>/:
 * records.csv and duplicate_groups.csv, README there) into BibRecords, and scores a
 * dedupe result against the labels the way the field reports it: positives are the
 * redundant records (a group of n has n − 1), a false positive is a record merged
 * that is not a duplicate of anything else in its group.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../src/io/csv/parse-csv.js';
import type { BibRecord } from '../../../src/review/records/types.js';
import type { DedupeResult } from '../../../src/review/dedupe/index.js';

export const DEDUPE_DATA = '/work/shared/data/dedupe';

export interface LabelledSet {
  readonly name: string;
  readonly records: BibRecord[];
  /** sourceId → label (true group number, or the record's own id when unique). */
  readonly label: ReadonlyMap<string, string>;
  readonly redundant: number;
}

const DOI = /10\.\d{4,9}\/\S+/;

export function loadLabelledSet(name: string, root = DEDUPE_DATA): LabelledSet {
  const file = join(root, name, 'records.csv');
  const table = parseCsv(readFileSync(file, 'utf8'), file);
  const records = table.rows.map((row, r) => {
    const cell = (c: string) => {
      const k = table.columns.indexOf(c);
      const v = k < 0 ? '' : row[k].trim();
      return v === '' ? undefined : v;
    };
    const year = Number.parseInt(cell('year') ?? '', 10);
    // one special_cases row carries its DOI in the note column; any cell looking like a DOI will do
    const doi = cell('doi') ?? (DOI.exec(cell('note') ?? '')?.[0]);
    const record: BibRecord = {
      sourceId: cell('ID') ?? `row${r + 2}`,
      source: { database: name, file, line: table.lines[r] },
      type: cell('ENTRYTYPE'),
      title: cell('title') ?? '',
      authors: (cell('author') ?? '').split(/\s+and\s+/).filter((a) => a.trim() !== ''),
      year: Number.isFinite(year) ? year : undefined,
      journal: cell('journal') ?? cell('booktitle'),
      volume: cell('volume'),
      issue: cell('number') ?? cell('issue'),
      pages: cell('pages'),
      abstract: cell('abstract'),
      doi,
    };
    return record;
  });
  const groupsFile = join(root, name, 'duplicate_groups.csv');
  const groups = parseCsv(readFileSync(groupsFile, 'utf8'), groupsFile).rows.map((row) => row[0].split(';'));
  const label = new Map<string, string>(records.map((r) => [r.sourceId, r.sourceId]));
  let redundant = 0;
  groups.forEach((g, k) => {
    redundant += g.length - 1;
    for (const id of g) label.set(id, `group ${k}`);
  });
  return { name, records, label, redundant };
}

export interface DedupeScore {
  readonly records: number;
  readonly redundant: number;
  readonly removed: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly sensitivity: number;
  readonly specificity: number;
  readonly uncertain: number;
  readonly uncertainTrue: number;
  /** Merged groups holding more than one true label, for error analysis. */
  readonly wrongGroups: readonly (readonly string[])[];
}

export function scoreDedupe(set: LabelledSet, result: DedupeResult): DedupeScore {
  let removed = 0;
  let falsePositives = 0;
  const wrongGroups: string[][] = [];
  for (const group of result.groups) {
    const labels = new Set(group.map((id) => set.label.get(id) ?? id));
    removed += group.length - 1;
    falsePositives += labels.size - 1;
    if (labels.size > 1) wrongGroups.push([...group]);
  }
  const truePositives = removed - falsePositives;
  const negatives = set.records.length - set.redundant;
  const uncertainTrue = result.uncertain.filter(([a, b]) => set.label.get(a) === set.label.get(b)).length;
  return {
    records: set.records.length,
    redundant: set.redundant,
    removed,
    truePositives,
    falsePositives,
    sensitivity: truePositives / set.redundant,
    specificity: (negatives - falsePositives) / negatives,
    uncertain: result.uncertain.length,
    uncertainTrue,
    wrongGroups,
  };
}
