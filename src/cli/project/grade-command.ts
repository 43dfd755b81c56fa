/**
 * `metasift grade PROJECT ...`: the certainty of the evidence (GRADE) per outcome. A
 * reviewer records the levels each domain rates the evidence down (or, for observational
 * evidence, up) with the reasons, from flags or from a CSV (docs/grade-csv.md); every
 * rating is kept (the latest stands). The listing shows each outcome's certainty with
 * its reasons and, where the project has the data, what the suggestion helpers propose.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FileFormatError } from '../../io/errors.js';
import { gradeCertainty, type GradeResult, type Rating } from '../../review/grade/index.js';
import type { SqliteStore } from '../../store/index.js';
import { UsageError } from '../usage-error.js';
import { gradeHints } from './grade-hints.js';
import { GRADE_DOMAINS, gradeInput, parseDesign, parseLevels, readGradeCsv, type GradeDomain } from './grade-ratings.js';
import { withProject } from './open-project.js';
import { day } from '../../report/project-settings.js';

export const GRADE_HELP = `Usage:
  metasift grade PROJECT --outcome NAME --as ID [--design rct|observational]
                 --risk-of-bias L --inconsistency L --indirectness L --imprecision L
                 --publication-bias L [--large-effect L --dose-response L --confounding L]
                 --reason TEXT | --reason "imprecision: TEXT" ...
  metasift grade PROJECT --import RATINGS.csv --as ID
  metasift grade PROJECT [--outcome NAME] [--json]

The certainty of the evidence for each outcome (GRADE): evidence from randomised trials
starts high, from observational studies low, and each domain can rate it down 0, -1 or
-2 levels (not serious, serious, very serious). Observational evidence can be rated up
(+1 or +2 for a large effect, +1 for a dose-response gradient, +1 when plausible
confounding would reduce the effect).

  --reason TEXT            why; repeat it as "risk of bias: TEXT" to give each domain its
                           own reason. A plain --reason covers every domain rated without one.
                           Every domain rated down or up needs a reason.
  --import FILE            one row per outcome (see docs/grade-csv.md); the whole file is
                           checked first and nothing is recorded if any cell is wrong
  --as ID                  who is rating (a reviewer of the project)
  --json                   the listing as JSON

Without ratings, lists each outcome's certainty and the hints the project's data give
(risk of bias from the RoB 2 assessments, I², the confidence interval, funnel asymmetry):
hints only, the reviewer decides.
`;

/** `--risk-of-bias -1` as `--risk-of-bias=-1`: parseArgs would take -1 for an option. */
function joinLevels(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const flag = GRADE_DOMAINS.find((d) => args[i] === `--${d.flag}`);
    if (flag && i + 1 < args.length && /^[-−+]\d+$/.test(args[i + 1])) out.push(`${args[i]}=${args[++i]}`);
    else out.push(args[i]);
  }
  return out;
}

export function runGrade(args: readonly string[], write: (s: string) => void): void {
  const s = { type: 'string' } as const;
  const { values: v, positionals } = parseArgs({
    args: joinLevels(args),
    allowPositionals: true,
    options: {
      outcome: s, as: s, design: s, import: s, reason: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(GRADE_DOMAINS.map((d) => [d.flag, s])),
    },
  });
  if (v.help) return write(GRADE_HELP);
  const [project, ...rest] = positionals;
  if (project === undefined) throw new UsageError(`Name the project file.\n\n${GRADE_HELP}`);
  if (rest.length > 0) throw new UsageError(`Unexpected '${rest[0]}'.\n\n${GRADE_HELP}`);
  const flags = v as Record<string, string | undefined>;
  const rated = GRADE_DOMAINS.filter((d) => flags[d.flag] !== undefined);
  if (v.import !== undefined) {
    if (rated.length > 0 || v.outcome !== undefined) throw new UsageError('--import takes the ratings from the file: leave out --outcome and the rating flags.');
    return importRatings(project, v.import, v.as, write);
  }
  if (rated.length === 0) {
    if (v.reason !== undefined || v.design !== undefined) throw new UsageError('Give the ratings (e.g. --risk-of-bias -1) with --outcome NAME.');
    return withProject(project, (store) => list(store, v.outcome, v.json === true, write));
  }
  if (v.outcome === undefined) throw new UsageError('Say which outcome with --outcome NAME.');
  const design = parseDesign(v.design);
  if (design === null) throw new UsageError(`--design must be rct or observational, not '${v.design}'.`);
  const ratings = new Map<GradeDomain, Rating>();
  const reasons = splitReasons(v.reason ?? []);
  for (const d of GRADE_DOMAINS.filter((x) => reasons.specific.has(x) && !rated.includes(x))) throw new UsageError(`A reason for ${d.words}, but no --${d.flag}: give its levels too.`);
  for (const d of rated) {
    const p = parseLevels(flags[d.flag]!, d);
    if (!p.ok) throw new UsageError(`--${d.flag}: ${p.reason}.`);
    if (d.direction === 'up' && p.levels > 0 && design === 'rct') throw new UsageError(`--${d.flag}: rating up is for observational evidence (GRADE 9); randomised trials already start high. Add --design observational if the evidence is observational.`);
    const reason = reasons.specific.get(d) ?? (p.levels > 0 ? reasons.general : undefined) ?? '';
    if (p.levels > 0 && reason === '') throw new UsageError(`${d.words} is rated ${d.direction} ${p.levels} level${p.levels === 1 ? '' : 's'}: give the reason with --reason "${d.words}: ..."`);
    ratings.set(d, { levels: p.levels, reason });
  }
  const input = gradeInput(design, ratings);
  gradeCertainty(input); // refuses before the project is opened
  withProject(project, (store) => {
    const by = requireReviewer(store, v.as);
    const r = store.extraction.rateGrade(requireOutcome(store, v.outcome!), input, { by });
    write(`${r.outcome}: ${describeResult(r.result)} (rated by ${by}).\n`);
    const missing = GRADE_DOMAINS.filter((d) => d.direction === 'down' && !ratings.has(d)).map((d) => d.words);
    if (missing.length > 0) write(`  Not rated: ${missing.join(', ')} (counted as not serious).\n`);
    for (const w of r.result.warnings) write(`  Note: ${w}\n`);
  });
}

/** "risk of bias: TEXT" goes to that domain; a reason without a domain name is general. */
function splitReasons(all: readonly string[]): { specific: Map<GradeDomain, string>; general: string | undefined } {
  const specific = new Map<GradeDomain, string>();
  const general: string[] = [];
  for (const r of all) {
    const m = /^\s*([a-z][a-z \-_]*?)\s*:\s*(.+)$/is.exec(r);
    const d = m ? GRADE_DOMAINS.find((x) => x.words === m[1].toLowerCase().replace(/[\s_-]+/g, ' ')) : undefined;
    if (d && m) {
      if (specific.has(d)) throw new UsageError(`Two reasons for ${d.words}: give one.`);
      specific.set(d, m[2].trim());
    } else if (r.trim() !== '') general.push(r.trim());
  }
  if (general.length > 1) throw new UsageError('Several reasons without a domain: start each with the domain, e.g. --reason "imprecision: 180 events only".');
  return { specific, general: general[0] };
}

function requireReviewer(store: SqliteStore, id: string | undefined): string {
  if (id === undefined) throw new UsageError('Say who is rating with --as ID (a reviewer of the project).');
  const known = store.reviewers().map((r) => r.id);
  if (!known.includes(id)) throw new UsageError(`No reviewer '${id}' in the project (reviewers: ${known.join(', ') || 'none'}).`);
  return id;
}

function requireOutcome(store: SqliteStore, name: string): string {
  const x = store.extraction;
  if (x.outcome(name) === undefined) throw new UsageError(`No outcome '${name}' in the project (outcomes: ${x.outcomes().map((o) => o.name).join(', ') || 'none yet'}).`);
  return name;
}

const SIGN = (d: GradeDomain, levels: number) => (levels === 0 ? '0' : d.direction === 'down' ? `−${levels}` : `+${levels}`);

function describeResult(r: GradeResult): string {
  const start = r.design === 'rct' ? 'randomised trials, start high' : 'observational studies, start low';
  const moves = [r.down > 0 ? `down ${r.down}` : '', r.up > 0 ? `up ${r.up}` : ''].filter((m) => m !== '').join(', ');
  return `${r.symbol} ${r.certainty} (${start}${moves === '' ? '' : `; ${moves}`})`;
}

function importRatings(project: string, file: string, as: string | undefined, write: (s: string) => void): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new FileFormatError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
  withProject(project, (store) => {
    const by = requireReviewer(store, as);
    const x = store.extraction;
    const rows = readGradeCsv(text, file, x.outcomes());
    store.db.transaction(() => {
      for (const r of rows) x.rateGrade(r.outcome.name, r.input, { by });
    })();
    for (const r of rows) write(`${r.outcome.name}: ${describeResult(r.result)}\n`);
    write(`Recorded ${rows.length} GRADE rating${rows.length === 1 ? '' : 's'} by ${by}.\n`);
  });
}

function list(store: SqliteStore, outcome: string | undefined, json: boolean, write: (s: string) => void): void {
  const x = store.extraction;
  if (outcome !== undefined) requireOutcome(store, outcome);
  const report = x.outcomes()
    .filter((o) => outcome === undefined || o.name === outcome)
    .map((o) => {
      const g = x.grade(o.name);
      return { outcome: o.name, grade: g ? { ...g.result, by: g.by, at: g.at } : null, hints: gradeHints(store, o.name) };
    });
  if (json) return write(JSON.stringify(report, null, 2) + '\n');
  if (report.length === 0) return write("No outcome defined yet: define one with 'metasift extract PROJECT outcome NAME ...'.\n");
  for (const o of report) {
    if (o.grade === null) write(`${o.outcome}: not rated yet\n`);
    else {
      write(`${o.outcome}: ${describeResult(o.grade)}, rated by ${o.grade.by} on ${day(o.grade.at)}\n`);
      for (const d of GRADE_DOMAINS) {
        const r = o.grade.ratings.find((x) => x.domain === d.key);
        if (r) write(`  ${d.words} ${SIGN(d, r.levels)}${r.reason === '' ? '' : `: ${r.reason}`}\n`);
      }
      const missing = GRADE_DOMAINS.filter((d) => d.direction === 'down' && !o.grade!.ratings.some((r) => r.domain === d.key)).map((d) => d.words);
      if (missing.length > 0) write(`  not rated: ${missing.join(', ')}\n`);
      for (const w of o.grade.warnings) write(`  note: ${w}\n`);
    }
    if (o.hints.hints.length === 0) write(`  hints: none (${o.hints.basis})\n`);
    else {
      write(`  hints from the data, ${o.hints.basis}; suggestions only:\n`);
      for (const h of o.hints.hints) {
        const d = GRADE_DOMAINS.find((x) => x.key === h.domain)!;
        write(`    ${d.words} ${SIGN(d, h.suggestion.levels)}: ${h.suggestion.reason}\n`);
      }
    }
  }
}
