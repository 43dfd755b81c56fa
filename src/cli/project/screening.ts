/**
 * Screening from the command line, one decision at a time (scriptable): `decide`,
 * `conflicts`, `resolve` and `kappa`. The keyboard-driven screen is ./screen.ts.
 */
import { parseArgs } from 'node:util';
import { agreement, conflicts, STAGES, VERDICTS, type Stage, type Verdict } from '../../review/screening/index.js';
import { UsageError } from '../usage-error.js';
import { withProject } from './open-project.js';

const stageOf = (s: string | undefined): Stage => {
  const stage = (s ?? 'title_abstract') as Stage;
  if (!STAGES.includes(stage)) throw new UsageError(`--stage must be ${STAGES.join(' or ')}.`);
  return stage;
};
const verdictOf = (v: string | undefined): Verdict => {
  if (v === undefined || !VERDICTS.includes(v as Verdict)) throw new UsageError(`--verdict must be ${VERDICTS.join(', ')}.`);
  return v as Verdict;
};
const recordOf = (r: string | undefined): number => {
  const id = Number(r);
  if (!Number.isInteger(id) || id < 1) throw new UsageError('--record needs the record number (as metasift screen shows it).');
  return id;
};

export const SCREENING_HELP = `Usage:
  metasift decide PROJECT --reviewer ID --record N --verdict include|exclude|maybe [--stage S] [--reason R] [--note T]
  metasift conflicts PROJECT [--stage S] [--reviewer ID]
  metasift resolve PROJECT --by ID --record N --verdict V --why TEXT [--stage S] [--reason R] [--agreement]
  metasift kappa PROJECT [--stage S] [--json]

Stages: title_abstract (default) and full_text. Reviewers decide independently; another
reviewer's decision stays hidden until both have decided and any conflict is resolved.
`;

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      reviewer: { type: 'string' }, by: { type: 'string' }, record: { type: 'string' }, verdict: { type: 'string' },
      stage: { type: 'string' }, reason: { type: 'string' }, note: { type: 'string' }, why: { type: 'string' },
      agreement: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
}

export function runDecide(args: readonly string[], write: (s: string) => void): void {
  const { values: v, positionals } = parse(args);
  if (v.help) return write(SCREENING_HELP);
  if (v.reviewer === undefined) throw new UsageError('decide needs --reviewer.');
  withProject(positionals[0], (store) => {
    const d = store.decide({ recordId: recordOf(v.record), stage: stageOf(v.stage), reviewer: v.reviewer!, verdict: verdictOf(v.verdict), reason: v.reason ?? null, note: v.note ?? null });
    write(`Recorded: ${d.reviewer} ${d.verdict} record ${d.recordId} (${d.stage}).\n`);
  });
}

export function runConflicts(args: readonly string[], write: (s: string) => void): void {
  const { values: v, positionals } = parse(args);
  if (v.help) return write(SCREENING_HELP);
  withProject(positionals[0], (store) => {
    const ledger = store.ledger();
    if (v.reviewer !== undefined && !ledger.reviewers.find((r) => r.id === v.reviewer)?.canResolve) {
      throw new UsageError(`${v.reviewer} is not a resolver: conflicts are shown to resolvers only, to keep screening blind.`);
    }
    const list = conflicts(ledger, v.stage === undefined ? undefined : stageOf(v.stage));
    if (v.json) return write(JSON.stringify(list) + '\n');
    for (const c of list) {
      const title = store.record(c.recordId)?.record.title ?? '';
      write(`record ${c.recordId} (${c.stage}): ${c.decisions.map((d) => `${d.reviewer} ${d.verdict}${d.reason ? ` (${d.reason})` : ''}`).join(' vs ')}\n  ${title}\n`);
    }
    write(`${list.length} conflicts.\n`);
  });
}

export function runResolve(args: readonly string[], write: (s: string) => void): void {
  const { values: v, positionals } = parse(args);
  if (v.help) return write(SCREENING_HELP);
  if (v.by === undefined || v.why === undefined) throw new UsageError('resolve needs --by and --why.');
  withProject(positionals[0], (store) => {
    const r = store.resolve({
      recordId: recordOf(v.record), stage: stageOf(v.stage), verdict: verdictOf(v.verdict), reason: v.reason ?? null,
      method: v.agreement ? 'agreement' : 'third_reviewer', by: v.by!, why: v.why!,
    });
    write(`Resolved record ${r.recordId} (${r.stage}): ${r.verdict}, by ${r.by} (${r.method.replace('_', ' ')}).\n`);
  });
}

export function runKappa(args: readonly string[], write: (s: string) => void): void {
  const { values: v, positionals } = parse(args);
  if (v.help) return write(SCREENING_HELP);
  withProject(positionals[0], (store) => {
    // first decisions: agreement before anyone could see a colleague's verdict
    const rows = agreement(store.decisions({ which: 'first' }), v.stage === undefined ? undefined : stageOf(v.stage));
    if (v.json) return write(JSON.stringify(rows) + '\n');
    for (const a of rows) {
      write(`${a.stage} ${a.reviewers.join(' & ')}: n = ${a.n}, agreement ${a.percent.toFixed(1)}%, Cohen's kappa ${a.kappa.toFixed(3)} (95% CI ${a.ci_lb.toFixed(3)} to ${a.ci_ub.toFixed(3)})\n`);
    }
    if (rows.length === 0) write('No record has been screened by two reviewers yet.\n');
  });
}
