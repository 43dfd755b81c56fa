/**
 * `metasift example` (what `npm start` runs for now): pools the embedded MSC evidence
 * that is complete today, healing of complex perianal fistula after MSC therapy, at each
 * follow-up window, with the Mantel–Haenszel risk ratio (the published review's RevMan
 * method) and with REML random effects plus a Knapp–Hartung test and prediction interval.
 */
import { fileURLToPath } from 'node:url';
import { analyzeTable } from '../analysis/analyze-table.js';
import { formatSummary } from './format-summary.js';
import { readTable } from './analyze.js';

export const EXAMPLE_FILE = fileURLToPath(new URL('../../../data/msc-autoimmune/perianal-fistula-healing.csv', import.meta.url));

const WINDOWS: readonly [string, string][] = [
  ['PF_3M', 'up to 3 months'],
  ['PF_6M', 'over 3 to 6 months'],
  ['PF_12M', 'about 1 year'],
  ['PF_GT12M', 'over 1 year'],
];

export function runExample(write: (s: string) => void): void {
  const all = readTable(EXAMPLE_FILE);
  const j = all.columns.indexOf('analysis');
  write(`Embedded example: healing of complex perianal fistula, MSC versus control (risk ratio > 1 favours MSC).\nData: ${EXAMPLE_FILE}\n`);
  for (const [id, label] of WINDOWS) {
    const keep = all.rows.map((r, i) => (r[j] === id ? i : -1)).filter((i) => i >= 0);
    const table = { ...all, rows: keep.map((i) => all.rows[i]), lines: keep.map((i) => all.lines[i]) };
    write(`\n=== Healing at ${label} (${id}) ===\n\n-- As RevMan 5.4 would pool it --\n`);
    write(formatSummary(analyzeTable(table, { measure: 'RR', method: 'MH' })) + '\n');
    write(`\n-- metasift's recommended model --\n`);
    write(formatSummary(analyzeTable(table, { measure: 'RR', method: 'REML', test: 'knha' })) + '\n');
  }
}
