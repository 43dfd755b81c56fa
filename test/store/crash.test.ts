/**
 * A kill -9 in the middle of an import leaves the project as it was.
 *
 * Method: the child process (fixtures/crash-import.ts) runs the store's own
 * importRecords, not a replica of its SQL: plain Node loads the TypeScript sources
 * through fixtures/register-ts.mjs (TypeScript's transpileModule, no build step). It
 * imports 200,000 records into a project that already holds a committed batch, merges,
 * reviewers and decisions. In "pause" mode the child blocks inside the open transaction
 * after 100,000 rows; by then SQLite has spilled uncommitted pages to the WAL file (we
 * check it has grown), so the test covers recovery from a WAL holding uncommitted
 * frames, not just a transaction still in memory. The parent sends SIGKILL, reopens the
 * project with SqliteStore, and checks every table's row count, the records themselves,
 * PRAGMA integrity_check and foreign_key_check, and that a new import then works.
 * The "race" mode kills without the pause, on the progress line: all-or-nothing either way.
 * Checked the other way round: with importRecords' db.transaction removed, both tests fail.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/index.js';
import { rec } from './helpers.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'metasift-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = ['import_batches', 'records', 'merge_groups', 'merge_members', 'merge_events', 'reviewers', 'exclusion_reasons', 'decision_events', 'resolution_events', 'retrieval_events', 'setting_events'];

function seed(file: string): void {
  const s = SqliteStore.open(file);
  s.importRecords(Array.from({ length: 1000 }, (_, i) => rec(i + 1)), { file: 'pubmed.nbib', database: 'PubMed' });
  s.addReviewer({ id: 'ana', name: 'Ana', canResolve: false });
  s.addReviewer({ id: 'bo', name: 'Bo', canResolve: false });
  s.addExclusionReason('Wrong population');
  s.merge([1, 2], { by: 'ana', reason: 'same DOI' });
  s.decide({ recordId: 3, stage: 'title_abstract', reviewer: 'ana', verdict: 'include' });
  s.decide({ recordId: 3, stage: 'title_abstract', reviewer: 'bo', verdict: 'exclude' });
  s.close();
}

function snapshot(file: string) {
  const s = SqliteStore.open(file);
  const counts = Object.fromEntries(TABLES.map((t) => [t, (s.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  const out = {
    counts,
    integrity: s.db.pragma('integrity_check', { simple: true }),
    foreignKeys: s.db.pragma('foreign_key_check'),
    batches: s.batches(),
    lastRecord: s.record(counts.records),
    ledger: s.ledger(),
  };
  s.close();
  return out;
}

/** Runs the child until it prints `until`, then SIGKILLs it; resolves with the WAL size at that moment and how the child ended. */
function killDuring(file: string, mode: 'pause' | 'race', until: string): Promise<{ walBytes: number; signal: string | null; code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', join(here, 'fixtures/register-ts.mjs'), join(here, 'fixtures/crash-import.ts'), file, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let walBytes = -1;
    child.stdout.on('data', (b: Buffer) => {
      output += b.toString();
      if (walBytes < 0 && output.split('\n').includes(until)) {
        walBytes = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ walBytes, signal, code, output }));
  });
}

describe('SqliteStore.importRecords() killed with SIGKILL', () => {
  it('importRecords() killed mid-transaction (200,000 records, paused at 100,000) leaves the project unchanged', async () => {
    const file = join(dir, 'pause.metasift');
    seed(file);
    const before = snapshot(file);
    const run = await killDuring(file, 'pause', 'paused');
    expect(run.signal, run.output).toBe('SIGKILL');
    expect(run.output).toContain('progress 100000');
    expect(run.output).not.toContain('committed');
    const after = snapshot(file);
    expect(after).toEqual(before);
    expect(after.integrity).toBe('ok');
    expect(after.foreignKeys).toEqual([]);
    expect(after.counts.records).toBe(1000);
    // Uncommitted pages of the 100,000 rows had reached the WAL file when the child died.
    expect(run.walBytes).toBeGreaterThan(10 * 1024 * 1024);

    const s = SqliteStore.open(file);
    expect(s.importRecords([rec(5000)], { file: 'again.nbib', database: 'PubMed' })).toEqual({ batchId: 2, count: 1 });
    expect(s.countRecords()).toBe(1001);
    s.close();
  }, 120_000);

  it('importRecords() killed without a pause is all-or-nothing', async () => {
    const file = join(dir, 'race.metasift');
    seed(file);
    const before = snapshot(file);
    const run = await killDuring(file, 'race', 'progress 100000');
    expect(run.signal, run.output).toBe('SIGKILL');
    const after = snapshot(file);
    expect(after.integrity).toBe('ok');
    if (run.output.includes('committed')) expect(after.counts.records).toBe(201_000);
    else expect(after).toEqual(before);
  }, 120_000);
});
