/**
 * `metasift rob2 PROJECT ...`: RoB 2 assessments from the command line. Each assessor
 * imports their answers to the signalling questions from a CSV (docs/rob2-csv.md) and
 * sees the judgements the guidance's algorithms suggest; the listing shows every
 * assessor's judgements per study and outcome and where two assessors differ; a
 * disagreement is settled by recording the agreed assessment, taken from one assessor
 * or from a file. `metasift rob PROJECT --outcome NAME` then draws the assessments that
 * stand (reconciled, agreed, or the only one).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FileFormatError } from '../../io/errors.js';
import { compareRob2 } from '../../review/rob2/index.js';
import type { Rob2Record } from '../../store/extraction-store.js';
import type { SqliteStore } from '../../store/index.js';
import { UsageError } from '../usage-error.js';
import { withProject } from './open-project.js';
import { describeAssessment, judgementWord, readRob2Csv } from './rob2-csv.js';

export const ROB2_HELP = `Usage:
  metasift rob2 PROJECT --import ANSWERS.csv --as ID
  metasift rob2 PROJECT [--outcome NAME] [--json]
  metasift rob2 PROJECT --reconcile STUDY OUTCOME --take ASSESSOR --as ID --why TEXT
  metasift rob2 PROJECT --import AGREED.csv --reconcile --as ID --why TEXT

Risk of bias of each study's result for an outcome with RoB 2 (the Cochrane tool for
randomised trials). Two reviewers answer the signalling questions independently.

  --import FILE    your answers, one row per study and outcome: columns study, outcome,
                   1.1 ... 5.3 (Y, PY, PN, N, NI; empty when not applicable) and, if you
                   disagree with a suggested judgement, D1 ... D5 or overall with
                   'D1 reason' ... (see docs/rob2-csv.md). The whole file is checked
                   first; if any cell is wrong nothing is recorded. The judgements the
                   RoB 2 algorithms suggest are printed.
  --as ID          who you are (a reviewer of the project)
  --outcome NAME   list one outcome only
  --json           the listing as JSON
  --reconcile      record the assessment both reviewers agree on: the current answers of
                   one assessor (--take ASSESSOR) or the rows of a file (--import)
  --why TEXT       how the disagreement was settled (kept with the assessment)

Without --import or --reconcile, lists every assessment and the disagreements to settle.
'metasift rob PROJECT --outcome NAME --out rob.svg' draws the assessments that stand.
`;

export function runRob2(args: readonly string[], write: (s: string) => void): void {
  const { values: v, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      import: { type: 'string' }, as: { type: 'string' }, outcome: { type: 'string' }, reconcile: { type: 'boolean' },
      take: { type: 'string' }, why: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) return write(ROB2_HELP);
  const [project, ...rest] = positionals;
  if (project === undefined) throw new UsageError(`Name the project file.\n\n${ROB2_HELP}`);
  if (v.import !== undefined) {
    if (rest.length > 0) throw new UsageError(`Unexpected '${rest[0]}': --import takes the file, nothing else.`);
    return importAnswers(project, v.import, v.as, v.reconcile === true ? { why: v.why } : null, write);
  }
  if (v.reconcile) {
    const [study, outcome] = rest;
    if (study === undefined || outcome === undefined || rest.length > 2) throw new UsageError('--reconcile needs the study and the outcome, e.g. --reconcile "Deng 2017" remission --take ann --as cy --why "agreed at the meeting".');
    if (v.take === undefined) throw new UsageError('--reconcile STUDY OUTCOME needs --take ASSESSOR (whose answers stand), or give the agreed answers with --import FILE --reconcile.');
    return reconcileFrom(project, study, outcome, v.take, v.as, v.why, write);
  }
  if (rest.length > 0) throw new UsageError(`Unexpected '${rest[0]}'.\n\n${ROB2_HELP}`);
  withProject(project, (store) => list(store, project, v.outcome, v.json === true, write));
}

function requireReviewer(store: SqliteStore, id: string | undefined): string {
  if (id === undefined) throw new UsageError('Say who you are with --as ID (a reviewer of the project).');
  const known = store.reviewers().map((r) => r.id);
  if (!known.includes(id)) throw new UsageError(`No reviewer '${id}' in the project (reviewers: ${known.join(', ') || 'none'}).`);
  return id;
}

function importAnswers(project: string, file: string, as: string | undefined, reconcile: { why: string | undefined } | null, write: (s: string) => void): void {
  if (reconcile && (reconcile.why === undefined || reconcile.why.trim() === '')) throw new UsageError('--reconcile needs --why (how the disagreement was settled).');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new FileFormatError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
  withProject(project, (store) => {
    const by = requireReviewer(store, as);
    const x = store.extraction;
    const rows = readRob2Csv(text, file, { studies: x.studies(), outcomes: x.outcomes() });
    // all rows or none
    store.db.transaction(() => {
      for (const r of rows) {
        if (reconcile) x.reconcileRob2(r.study.id, r.outcome.name, r.input, { by, why: reconcile.why! });
        else x.assessRob2(r.study.id, r.outcome.name, r.input, { assessor: by });
      }
    })();
    for (const r of rows) write(`${r.study.label}, ${r.outcome.name}${r.input.effect === 'adhering' ? ' (effect of adhering)' : ''}: ${describeAssessment(r.assessment)}\n`);
    if (reconcile) return write(`Recorded ${rows.length} agreed assessment${rows.length === 1 ? '' : 's'}, reconciled by ${by}.\n`);
    write(`Recorded ${rows.length} assessment${rows.length === 1 ? '' : 's'} by ${by}.\n`);
    const open = disagreements(store).filter((d) => rows.some((r) => r.study.id === d.studyId && r.outcome.name === d.outcome));
    if (open.length > 0) write(`${open.length} of them differ from another assessor's: 'metasift rob2 ${project}' lists the differences.\n`);
  });
}

function reconcileFrom(project: string, study: string, outcome: string, take: string, as: string | undefined, why: string | undefined, write: (s: string) => void): void {
  if (why === undefined || why.trim() === '') throw new UsageError('--reconcile needs --why (how the disagreement was settled).');
  withProject(project, (store) => {
    const by = requireReviewer(store, as);
    const x = store.extraction;
    const s = x.studies().find((st) => st.label === study);
    if (s === undefined) throw new UsageError(`No study '${study}' in the project (studies: ${x.studies().map((st) => st.label).join(', ') || 'none'}).`);
    if (x.outcome(outcome) === undefined) throw new UsageError(`No outcome '${outcome}' in the project (outcomes: ${x.outcomes().map((o) => o.name).join(', ') || 'none'}).`);
    const theirs = x.rob2({ studyId: s.id, outcome }).find((r) => r.by === take);
    if (theirs === undefined) {
      const who = x.rob2({ studyId: s.id, outcome }).map((r) => r.by);
      throw new UsageError(`${take} has not assessed ${study}, ${outcome} (assessed by: ${who.join(', ') || 'nobody yet'}).`);
    }
    const r = x.reconcileRob2(s.id, outcome, theirs.input, { by, why });
    write(`${study}, ${outcome}: ${take}'s assessment stands, reconciled by ${by}: ${describeAssessment(r.assessment)}\n`);
  });
}

interface Disagreement {
  readonly studyId: number;
  readonly outcome: string;
  readonly assessors: readonly string[];
  readonly differences: readonly { readonly what: string; readonly values: readonly (string | null)[] }[];
}

/** Study × outcome pairs whose assessors' judgements differ and that nobody has reconciled. */
function disagreements(store: SqliteStore): Disagreement[] {
  const x = store.extraction;
  const groups = new Map<string, Rob2Record[]>();
  for (const r of x.rob2()) groups.set(`${r.studyId}\u0000${r.outcome}`, [...(groups.get(`${r.studyId}\u0000${r.outcome}`) ?? []), r]);
  const reconciled = new Set(x.rob2Reconciliations().map((r) => `${r.studyId}\u0000${r.outcome}`));
  const out: Disagreement[] = [];
  for (const [key, rs] of groups) {
    if (rs.length < 2 || reconciled.has(key)) continue;
    const diffs = rs.slice(1).flatMap((r) => compareRob2(rs[0].input, r.input));
    if (!diffs.some((d) => /^(D\d|overall)$/.test(d.what))) continue;
    const whats = [...new Set(diffs.map((d) => d.what))];
    const value = (r: Rob2Record, what: string) => (what === 'effect' ? (r.input.effect ?? 'assignment') : /^\d/.test(what) ? (r.input.answers[what] ?? null) : what === 'overall' ? judgementWord(r.assessment.overall) : judgementWord(r.assessment.domains.find((d) => d.domain === what)?.judgement ?? null));
    out.push({ studyId: rs[0].studyId, outcome: rs[0].outcome, assessors: rs.map((r) => r.by), differences: whats.map((w) => ({ what: w, values: rs.map((r) => value(r, w)) })) });
  }
  return out;
}

function list(store: SqliteStore, project: string, outcome: string | undefined, json: boolean, write: (s: string) => void): void {
  const x = store.extraction;
  if (outcome !== undefined && x.outcome(outcome) === undefined) throw new UsageError(`No outcome '${outcome}' in the project (outcomes: ${x.outcomes().map((o) => o.name).join(', ') || 'none'}).`);
  const outcomes = x.outcomes().filter((o) => outcome === undefined || o.name === outcome);
  const label = new Map(x.studies().map((s) => [s.id, s.label]));
  const open = disagreements(store);
  const report = outcomes.map((o) => {
    const final = x.rob2Final(o.name);
    const byStudy = new Map<number, Rob2Record[]>();
    for (const r of x.rob2({ outcome: o.name })) byStudy.set(r.studyId, [...(byStudy.get(r.studyId) ?? []), r]);
    const reconciledBy = new Map(x.rob2Reconciliations({ outcome: o.name }).map((r) => [r.studyId, r]));
    const ids = [...new Set([...byStudy.keys(), ...reconciledBy.keys()])].sort((a, b) => a - b);
    return {
      outcome: o.name,
      studies: ids.map((id) => {
        const stands = final.studies.find((s) => s.studyId === id);
        const rec = reconciledBy.get(id);
        return {
          study: label.get(id) ?? String(id),
          stands: stands ? { source: stands.source, overall: stands.assessment.overall, domains: stands.assessment.domains.map((d) => d.judgement), ...(rec ? { by: rec.by, why: rec.why } : {}) } : null,
          assessments: (byStudy.get(id) ?? []).map((r) => ({ by: r.by, at: r.at, effect: r.assessment.effect, answers: r.input.answers, summary: describeAssessment(r.assessment), overall: r.assessment.overall })),
          differences: open.find((d) => d.studyId === id && d.outcome === o.name)?.differences ?? [],
        };
      }),
    };
  });
  if (json) return write(JSON.stringify(report, null, 2) + '\n');
  for (const o of report) {
    write(`${o.outcome}\n`);
    if (o.studies.length === 0) write('  no assessment yet\n');
    for (const s of o.studies) {
      const head = s.stands === null ? (s.differences.length > 0 ? 'assessors disagree' : 'no judgement stands yet') : s.stands.source === 'reconciled' ? `reconciled by ${s.stands.by} (${s.stands.why})` : s.stands.source === 'agreed' ? 'assessors agree' : 'one assessor so far';
      write(`  ${s.study}: ${head}\n`);
      for (const a of s.assessments) write(`    ${a.by}: ${a.summary}\n`);
      if (s.differences.length > 0) {
        const who = s.assessments.map((a) => a.by);
        write(`    differ on ${s.differences.map((d) => `${d.what} (${d.values.map((val, i) => `${who[i]} ${val ?? 'no answer'}`).join(', ')})`).join('; ')}\n`);
        write(`    settle with: metasift rob2 ${/\s/.test(project) ? JSON.stringify(project) : project} --reconcile "${s.study}" "${o.outcome}" --take ${who[0]} --as ID --why TEXT\n`);
      }
    }
  }
  write(`${open.filter((d) => outcomes.some((o) => o.name === d.outcome)).length} disagreement(s) to reconcile.\n`);
}
