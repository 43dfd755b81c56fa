/**
 * `metasift dedupe PROJECT [--json] [--dry-run]`: finds records that are the same
 * publication; confident groups are merged (the merge is recorded and can be undone),
 * uncertain pairs are kept in the project's queue for a person to decide.
 */
import { parseArgs } from 'node:util';
import { dedupe } from '../../review/dedupe/index.js';
import { UsageError } from '../usage-error.js';
import { withProject } from './open-project.js';

export const DEDUPE_HELP = `Usage: metasift dedupe PROJECT [--json] [--dry-run] [--by REVIEWER]

Finds duplicate records: the same DOI, PMID or, failing those, a close title with
matching authors, year, volume and pages (Chinese and English versions of a paper
included). Confident groups are merged; uncertain pairs wait for a person
('metasift dedupe PROJECT --queue' lists them). Nothing is deleted: merged records
keep their history and a merge can be undone.

  --json      print {"groups": [[id, ...], ...], "uncertain": [[id, id], ...]} by source identifier
  --dry-run   only report; merge nothing
  --queue     list the uncertain pairs waiting for a decision
`;

export function runDedupe(args: readonly string[], write: (s: string) => void): void {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      queue: { type: 'boolean' },
      by: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return write(DEDUPE_HELP);
  if (positionals.length !== 1) throw new UsageError('Give the project file.\n\n' + DEDUPE_HELP);
  withProject(positionals[0], (store) => {
    if (values.queue) {
      const queue = (store.setting('dedupe.uncertain') ?? []) as [number, number, number][];
      for (const [a, b, score] of queue) {
        write(`${a} ~ ${b} (score ${score.toFixed(2)}):\n  ${store.record(a)?.record.title}\n  ${store.record(b)?.record.title}\n`);
      }
      if (queue.length === 0) write('No uncertain pairs are waiting.\n');
      return;
    }
    const live = store.records({ duplicates: false });
    // dedupe by the store's own ids (source identifiers may repeat across files), report by source id
    const byKey = new Map(live.map((r) => [String(r.id), r]));
    const result = dedupe(live.map((r) => ({ ...r.record, sourceId: String(r.id) })));
    const sourceId = (key: string) => byKey.get(key)!.record.sourceId;
    if (!values['dry-run']) {
      for (const group of result.groups) {
        store.merge(group.map(Number), { by: values.by ?? 'metasift', reason: 'automatic deduplication (confident match)' });
      }
      const scores = new Map(result.pairs.map((p) => [`${p.a}|${p.b}`, p.score]));
      store.setSetting('dedupe.uncertain', result.uncertain.map(([a, b]) => [Number(a), Number(b), scores.get(`${a}|${b}`) ?? scores.get(`${b}|${a}`) ?? NaN]));
    }
    if (values.json) {
      write(JSON.stringify({ groups: result.groups.map((g) => g.map(sourceId)), uncertain: result.uncertain.map(([a, b]) => [sourceId(a), sourceId(b)]) }) + '\n');
      return;
    }
    const removed = result.groups.reduce((n, g) => n + g.length - 1, 0);
    write(
      `${live.length} records: ${result.groups.length} groups of duplicates (${removed} records ${values['dry-run'] ? 'would be' : ''} removed), ` +
        `${result.uncertain.length} uncertain pairs ${values['dry-run'] ? 'found' : 'queued for a person'}.\n`.replace('  ', ' '),
    );
  });
}
