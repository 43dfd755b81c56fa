// `metasift dedupe --merge` with a record already merged joins its group; --undo of that merge brings the group back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { SqliteStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'metasift-dedupe-join-'));
const project = join(dir, 'review.metasift');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const duplicates = () => {
  const s = SqliteStore.open(project);
  try {
    return s.records().map((r) => r.duplicateOf);
  } finally {
    s.close();
  }
};

describe('metasift dedupe --merge into an existing group', () => {
  it('A+B, then B+C gives one group A, B, C (A kept); undoing it restores A+B exactly', () => {
    const s = SqliteStore.open(project);
    s.importRecords(['A', 'B', 'C'].map((t, i) => ({ sourceId: t, source: { database: 'PubMed', file: 'f' }, title: `Trial ${t}`, authors: [], year: 2000 + i })), { file: 'f', database: 'PubMed' });
    s.close();
    expect(cli('dedupe', project, '--merge', '1,2', '--by', 'ann').out).toBe('Merged records 1 and 2 (group 1); record 1 is kept.\n');
    const joined = cli('dedupe', project, '--merge', '2,3', '--by', 'bo');
    expect(joined.err).toBe('');
    expect(joined.out).toBe('Merged records 2 and 3 (group 2 joining group 1: records 1, 2, 3); record 1 is kept.\n');
    expect(duplicates()).toEqual([null, 1, 1]);
    const merges = cli('dedupe', project, '--merges').out.split('\n');
    expect(merges[0]).toMatch(/^group 1: 1, 2 kept 1; ann, .*; taken into group 2$/);
    expect(merges[1]).toMatch(/^group 2: 1, 2, 3 kept 1; bo, .*; joined group 1$/);
    const early = cli('dedupe', project, '--undo', '1');
    expect(early.code).toBe(1);
    expect(early.err).toMatch(/merge group 1 was taken into group 2 by a later merge: undo group 2/);
    expect(cli('dedupe', project, '--undo', '2').out).toBe('Undid merge 2: records 1, 2, 3; group 1 stands again.\n');
    expect(duplicates()).toEqual([null, 1, null]);
    expect(cli('dedupe', project, '--merges').out.split('\n')[0]).toMatch(/^group 1: 1, 2 kept 1; ann, [^;]*, merged by a person from the deduplication queue$/);
  });
});
