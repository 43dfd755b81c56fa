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
  --merge A,B     merge records A and B (record numbers, as --queue shows them); if
                  either is already in a merge, the other joins that group
  --keep A,B      keep A and B apart (takes the pair off the queue)
  --undo GROUP    undo a merge (the group number 'metasift dedupe --merges' shows); undoing
                  a merge that joined a group brings that group back as it was
  --merges        list every merge, with who, when, why and whether it was undone
`;

export function runDedupe(args: readonly string[], write: (s: string) => void): void {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      queue: { type: 'boolean' },
      merge: { type: 'string' },
      keep: { type: 'string' },
      undo: { type: 'string' },
      merges: { type: 'boolean' },
      by: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return write(DEDUPE_HELP);
  if (positionals.length !== 1) throw new UsageError('Give the project file.\n\n' + DEDUPE_HELP);
  const pair = (spec: string): [number, number] => {
    const ids = spec.split(',').map((x) => Number(x.trim()));
    if (ids.length !== 2 || !ids.every((n) => Number.isInteger(n) && n > 0)) throw new UsageError(`Give two record numbers separated by a comma, not '${spec}'.`);
    return [ids[0], ids[1]];
  };
  withProject(positionals[0], (store) => {
    const by = values.by ?? 'metasift';
    const queue = () => (store.setting('dedupe.uncertain') ?? []) as [number, number, number][];
    const dropFromQueue = ([a, b]: [number, number]) =>
      store.setSetting('dedupe.uncertain', queue().filter(([x, y]) => !((x === a && y === b) || (x === b && y === a))));
    if (values.merge !== undefined) {
      const ids = pair(values.merge);
      const g = store.merge(ids, { by, reason: 'merged by a person from the deduplication queue' });
      dropFromQueue(ids);
      const joined = g.joined.length > 0 ? ` joining group${g.joined.length > 1 ? 's' : ''} ${g.joined.join(', ')}: records ${g.members.join(', ')}` : '';
      return write(`Merged records ${ids.join(' and ')} (group ${g.groupId}${joined}); record ${g.primary} is kept.\n`);
    }
    if (values.keep !== undefined) {
      const ids = pair(values.keep);
      dropFromQueue(ids);
      const kept = (store.setting('dedupe.kept') ?? []) as [number, number, string][];
      store.setSetting('dedupe.kept', [...kept, [ids[0], ids[1], by]]);
      return write(`Kept records ${ids.join(' and ')} apart.\n`);
    }
    if (values.undo !== undefined) {
      const g = store.undoMerge(Number(values.undo), { by });
      const back = g.joined.length > 0 ? `; group${g.joined.length > 1 ? 's' : ''} ${g.joined.join(', ')} stand${g.joined.length > 1 ? '' : 's'} again` : ' are separate again';
      return write(`Undid merge ${g.groupId}: records ${g.members.join(', ')}${back}.\n`);
    }
    if (values.merges) {
      for (const g of store.mergeGroups()) {
        const joins = `${g.joined.length > 0 ? `; joined group${g.joined.length > 1 ? 's' : ''} ${g.joined.join(', ')}` : ''}${g.joinedInto !== null ? `; taken into group ${g.joinedInto}` : ''}`;
        write(`group ${g.groupId}: ${g.members.join(', ')} kept ${g.primary}; ${g.by}, ${g.at}, ${g.reason}${joins}${g.undone ? `; undone by ${g.undone.by} ${g.undone.at}` : ''}\n`);
      }
      return;
    }
    if (values.queue) {
      const waiting = queue();
      for (const [a, b, score] of waiting) {
        write(`${a} ~ ${b} (score ${score.toFixed(2)}):\n  ${store.record(a)?.record.title}\n  ${store.record(b)?.record.title}\n`);
      }
      if (waiting.length === 0) write('No uncertain pairs are waiting.\n');
      return;
    }
    const live = store.records({ duplicates: false });
    // dedupe by the store's own ids (source identifiers may repeat across files), report by source id
    const byKey = new Map(live.map((r) => [String(r.id), r]));
    const result = dedupe(live.map((r) => ({ ...r.record, sourceId: String(r.id) })));
    const sourceId = (key: string) => byKey.get(key)!.record.sourceId;
    if (!values['dry-run']) {
      for (const group of result.groups) {
        store.merge(group.map(Number), { by, reason: 'automatic deduplication (confident match)' });
      }
      const scores = new Map(result.pairs.map((p) => [`${p.a}|${p.b}`, p.score]));
      const kept = new Set(((store.setting('dedupe.kept') ?? []) as [number, number][]).flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
      store.setSetting(
        'dedupe.uncertain',
        result.uncertain.filter(([a, b]) => !kept.has(`${a}|${b}`)).map(([a, b]) => [Number(a), Number(b), scores.get(`${a}|${b}`) ?? scores.get(`${b}|${a}`) ?? NaN]),
      );
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
