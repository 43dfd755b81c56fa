#!/usr/bin/env node
/** The `metasift` command: a thin shell that dispatches to one module per subcommand. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAnalyze } from './analyze.js';
import { runExample } from './example.js';
import { runRevman } from './revman.js';
import { runConvert } from './convert.js';
import { runForest } from './forest.js';
import { runFunnel } from './funnel.js';
import { runPrisma } from './prisma.js';
import { runRob } from './rob.js';
import { runSensitivityPlot } from './sensitivity-plot.js';
import { runReport } from './report.js';
import { runInit } from './project/init.js';
import { runImport } from './project/import.js';
import { runDedupe } from './project/dedupe.js';
import { runScreen } from './project/screen.js';
import { runConflicts, runDecide, runKappa, runResolve } from './project/screening.js';
import { runExport } from './project/export.js';
import { runExtract } from './project/extract.js';
import { runRob2 } from './project/rob2-command.js';
import { runGrade } from './project/grade-command.js';
import { runServe } from './serve.js';
import { FileFormatError } from '../io/errors.js';
import { InputError } from '../stats/errors.js';
import { UsageError } from './usage-error.js';

type Runner = (args: readonly string[], write: (s: string) => void) => void;

/** The server runs until Ctrl-C; an error while starting (a busy port) is reported like any other. */
function serveInBackground(args: readonly string[], write: (s: string) => void): void {
  runServe(args, write).catch((err: unknown) => {
    process.stderr.write(`metasift: ${(err as Error).message}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  });
}

/** Every command: its runner, and its line in the help (usage, then what it does). */
const COMMANDS: Readonly<Record<string, { run: Runner; usage: string; about: string }>> = {
  analyze: { run: runAnalyze, usage: 'analyze FILE.csv', about: 'pool the studies in a CSV table (metafor column names)' },
  convert: { run: runConvert, usage: 'convert WHAT', about: 'median/IQR, SE or CI to SD; combine arms into one group' },
  report: { run: runReport, usage: 'report [PLAN|FILE.rm5]', about: 'HTML report with every plot (embedded MSC evidence by default)' },
  forest: { run: runForest, usage: 'forest FILE.csv', about: "forest plot (SVG or PNG) with analyze's options" },
  funnel: { run: runFunnel, usage: 'funnel FILE.csv', about: 'funnel plot, standard or contour-enhanced, with trim and fill' },
  'sensitivity-plot': { run: runSensitivityPlot, usage: 'sensitivity-plot FILE', about: 'leave-one-out or cumulative forest plot, or Baujat plot' },
  prisma: { run: runPrisma, usage: 'prisma COUNTS.json', about: 'PRISMA 2020 flow diagram (new or updated review)' },
  rob: { run: runRob, usage: 'rob ROB.csv', about: 'RoB 2 traffic-light and summary plots (robvis style)' },
  revman: { run: runRevman, usage: 'revman FILE.rm5', about: 'recompute every analysis of a RevMan 5 review (--check, --json)' },
  serve: { run: serveInBackground, usage: 'serve [PROJECT]', about: 'the web app on this computer (embedded MSC review by default)' },
  init: { run: runInit, usage: 'init PROJECT', about: 'create a review project (one file) with its reviewers' },
  import: { run: runImport, usage: 'import PROJECT FILE...', about: 'add search results: RIS, MEDLINE, BibTeX, EndNote, CSV, CNKI, Wanfang, CT.gov' },
  dedupe: { run: runDedupe, usage: 'dedupe PROJECT', about: 'merge confident duplicates, queue uncertain pairs (--json)' },
  screen: { run: runScreen, usage: 'screen PROJECT', about: 'screen records one at a time with one key per decision' },
  decide: { run: runDecide, usage: 'decide PROJECT', about: 'record one screening decision (for scripts)' },
  conflicts: { run: runConflicts, usage: 'conflicts PROJECT', about: 'list disagreements between reviewers (resolvers)' },
  resolve: { run: runResolve, usage: 'resolve PROJECT', about: 'settle a conflict as third reviewer or by agreement' },
  kappa: { run: runKappa, usage: 'kappa PROJECT', about: "Cohen's kappa and agreement per stage and reviewer pair" },
  extract: { run: runExtract, usage: 'extract PROJECT STEP', about: 'studies, outcomes and arm-level data, by two extractors' },
  rob2: { run: runRob2, usage: 'rob2 PROJECT', about: 'RoB 2 answers by two assessors (--import CSV), disagreements, reconciliation' },
  grade: { run: runGrade, usage: 'grade PROJECT', about: 'GRADE certainty per outcome with reasons, and hints from the data' },
  export: { run: runExport, usage: 'export PROJECT', about: 'records with their screening outcome as CSV or RIS' },
  example: {
    run: (args, write) => (args.includes('--help') ? write('Usage: metasift example\n\nPrints the pooled perianal fistula analyses of the embedded MSC data.\n') : runExample(write)),
    usage: 'example',
    about: 'print the pooled perianal fistula analyses of the embedded data',
  },
};

const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length)) + 2;

export const HELP = `metasift: systematic review and meta-analysis, from search results to pooled evidence.

Usage: metasift COMMAND [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage.padEnd(width)}${c.about}`)
  .join('\n')}
  ${'help [COMMAND]'.padEnd(width)}show help

Run 'metasift COMMAND --help' for the options of a command.
`;

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

/** Runs the CLI and returns the exit code (0 ok, 1 bad data, 2 bad command line). */
export function run(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      const about = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
      if (about) about.run(['--help'], io.out);
      else io.out(HELP);
      return 0;
    }
    const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (entry === undefined) throw new UsageError(`Unknown command '${command}'.\n\n${HELP}`);
    entry.run(rest, io.out);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`metasift: ${err.message}\n`);
      return 2;
    }
    // errors about the data or the project, written for the person at the keyboard
    const DATA_ERRORS = ['FileFormatError', 'InputError', 'StoreError', 'ScreeningError', 'ExtractionError', 'Rob2Error', 'GradeError', 'PrismaCountsError'];
    if (err instanceof FileFormatError || err instanceof InputError || (err instanceof Error && DATA_ERRORS.includes(err.name))) {
      io.err(`metasift: ${err.message}\n`);
      return 1;
    }
    const code = (err as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`metasift: ${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
})();

if (invokedDirectly) {
  process.exitCode = run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
}
