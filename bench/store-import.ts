/**
 * Times importRecords: N synthetic records (default 100,000) into a new project file in
 * one transaction, and prints the time and memory. Not a test: nothing is asserted.
 *   npm run build && node dist/bench/store-import.js [N]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/index.js';
import { syntheticRecords } from './synthetic-records.js';

const n = Number(process.argv[2] ?? 100_000);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const dir = mkdtempSync(join(tmpdir(), 'metasift-bench-'));
try {
  const records = syntheticRecords(n);
  const file = join(dir, 'project.metasift');
  const store = SqliteStore.open(file);
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const { count } = store.importRecords(records, { file: 'synthetic.nbib', database: 'PubMed' });
  const ms = performance.now() - t0;
  const peakImport = process.resourceUsage().maxRSS * 1024;
  const t1 = performance.now();
  const kept = store.records({ duplicates: false }).length;
  const readMs = performance.now() - t1;
  store.close();
  console.log(`importRecords: ${count.toLocaleString('en')} records in ${(ms / 1000).toFixed(2)} s (${Math.round(count / (ms / 1000)).toLocaleString('en')} records/s), one transaction`);
  console.log(`records(): ${kept.toLocaleString('en')} read back in ${(readMs / 1000).toFixed(2)} s`);
  console.log(`project file ${mb(statSync(file).size)}; RSS with the records in memory ${mb(rssBefore)}, peak RSS after import ${mb(peakImport)}, after reading back ${mb(process.resourceUsage().maxRSS * 1024)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
