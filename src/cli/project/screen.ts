/**
 * `metasift screen PROJECT --reviewer ID [--stage S]`: keyboard-driven screening, one record
 * at a time, one key per decision. Only records still waiting for this reviewer are shown,
 * and never another reviewer's decision. On a terminal it reads single key presses; from a
 * pipe it reads the keys as text (so it can be scripted and tested).
 */
import { parseArgs } from 'node:util';
import type { SqliteStore, StoredRecord } from '../../store/index.js';
import { passes, stageOutcomes, pairKey, STAGES, type Stage, type Verdict } from '../../review/screening/index.js';
import { UsageError } from '../usage-error.js';
import { openProject } from './open-project.js';
import { renderRecord, type Highlight } from './screen-view.js';

export const SCREEN_HELP = `Usage: metasift screen PROJECT --reviewer ID [--stage title_abstract|full_text]
                       [--include-terms "stem cell;MSC"] [--exclude-terms "mouse;rat"]

Shows the records waiting for your decision one at a time. Keys:
  i include   e exclude   m maybe   b back to the previous record   s skip   q quit
At full text, after e, press the number of the exclusion reason.
Terms to highlight are kept in the project once given.
`;

const KEYS: Record<string, Verdict> = { i: 'include', e: 'exclude', m: 'maybe' };

/** The records this reviewer still has to decide at the stage, in record order. */
export function queueFor(store: SqliteStore, reviewer: string, stage: Stage): StoredRecord[] {
  const ledger = store.ledger();
  const mine = new Set(ledger.decisions.filter((d) => d.reviewer === reviewer && d.stage === stage).map((d) => d.recordId));
  const outcomes = stage === 'full_text' ? stageOutcomes(ledger.decisions, ledger.resolutions, ledger.required) : undefined;
  return store.records({ duplicates: false }).filter((r) => {
    if (mine.has(r.id)) return false;
    if (outcomes === undefined) return true;
    const ta = outcomes.get(pairKey(r.id, 'title_abstract'));
    return ta !== undefined && passes(ta);
  });
}

export interface ScreenSession {
  /** Feed one key; returns false when the session is over. */
  key(k: string): boolean;
}

export function screenSession(
  store: SqliteStore,
  reviewer: string,
  stage: Stage,
  out: (s: string) => void,
  opts: { terms: Highlight; colour: boolean; width: number },
): ScreenSession {
  const queue = queueFor(store, reviewer, stage);
  const reasons = store.exclusionReasons();
  let index = 0;
  let awaitingReason = false;
  const decided = new Map<number, string>();
  const show = () => {
    if (index >= queue.length) {
      out(`\nDone: ${decided.size} decisions recorded; nothing else is waiting for you at this stage.\n`);
      return false;
    }
    const r = queue[index];
    out('\n' + renderRecord(r, { index, total: queue.length, mine: decided.get(r.id) ?? null }, { ...opts, fullText: stage === 'full_text' }));
    return true;
  };
  const record = (verdict: Verdict, reason: string | null) => {
    const r = queue[index];
    store.decide({ recordId: r.id, stage, reviewer, verdict, reason });
    decided.set(r.id, reason ? `${verdict} (${reason})` : verdict);
    index++;
  };
  let open = show();
  return {
    key(k: string): boolean {
      if (!open) return false;
      if (awaitingReason) {
        const n = Number(k);
        if (Number.isInteger(n) && n >= 1 && n <= reasons.length) {
          awaitingReason = false;
          record('exclude', reasons[n - 1]);
          open = show();
        } else out(`Press 1 to ${reasons.length} for the reason.\n`);
        return open;
      }
      if (k === 'q') {
        out(`\nStopped: ${decided.size} decisions recorded.\n`);
        open = false;
        return false;
      }
      if (k === 's') index++;
      else if (k === 'b') index = Math.max(0, index - 1);
      else if (KEYS[k] !== undefined) {
        if (KEYS[k] === 'exclude' && stage === 'full_text') {
          if (reasons.length === 0) {
            out("This project has no exclusion reasons: add them with 'metasift init --reasons' first.\n");
            return true;
          }
          awaitingReason = true;
          out(reasons.map((r, i) => `  ${i + 1} ${r}`).join('\n') + '\n');
          return true;
        }
        record(KEYS[k], null);
      } else return true;
      open = show();
      return open;
    },
  };
}

export function runScreen(args: readonly string[], write: (s: string) => void): void {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      reviewer: { type: 'string' }, stage: { type: 'string' }, 'include-terms': { type: 'string' },
      'exclude-terms': { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return write(SCREEN_HELP);
  if (values.reviewer === undefined) throw new UsageError('screen needs --reviewer ID.\n\n' + SCREEN_HELP);
  const stage = (values.stage ?? 'title_abstract') as Stage;
  if (!STAGES.includes(stage)) throw new UsageError(`--stage must be ${STAGES.join(' or ')}.`);
  const store = openProject(positionals[0]);
  const split = (s: string | undefined) => (s === undefined ? undefined : s.split(';').map((t) => t.trim()).filter(Boolean));
  for (const [key, value] of [['terms.include', split(values['include-terms'])], ['terms.exclude', split(values['exclude-terms'])]] as const) {
    if (value !== undefined) store.setSetting(key, value);
  }
  const terms = { include: (store.setting('terms.include') ?? []) as string[], exclude: (store.setting('terms.exclude') ?? []) as string[] };
  if (!store.reviewers().some((r) => r.id === values.reviewer)) {
    store.close();
    throw new UsageError(`'${values.reviewer}' is not a reviewer of this project.`);
  }
  const tty = process.stdin.isTTY === true;
  const session = screenSession(store, values.reviewer, stage, write, { terms, colour: process.stdout.isTTY === true, width: Math.min(process.stdout.columns ?? 100, 100) });
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    if (tty) process.stdin.setRawMode(false);
    process.stdin.pause();
    store.close();
  };
  if (tty) process.stdin.setRawMode(true);
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    for (const ch of chunk) {
      if (ch === '\u0003' || !session.key(ch.toLowerCase())) return finish();
    }
  });
  process.stdin.on('end', finish);
}
