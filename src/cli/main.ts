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
import { FileFormatError } from '../io/errors.js';
import { InputError } from '../stats/errors.js';
import { UsageError } from './usage-error.js';

export const HELP = `metasift: systematic review and meta-analysis, from search results to pooled evidence.

Usage: metasift COMMAND [options]

Commands:
  analyze FILE.csv   pool the studies in a CSV table (metafor column names)
  convert WHAT       median/IQR, SE or CI to SD; combine arms into one group
  example            pool the embedded MSC evidence (perianal fistula healing)
  forest FILE.csv    draw a forest plot (SVG or PNG) with analyze's options
  funnel FILE.csv    draw a funnel plot, standard or contour-enhanced, with trim and fill
  prisma COUNTS.json draw the PRISMA 2020 flow diagram (new or updated review)
  report [PLAN]      write an HTML report with every forest plot (embedded MSC evidence by default)
  rob ROB.csv        draw RoB 2 traffic-light and summary plots (robvis style)
  sensitivity-plot FILE.csv  leave-one-out or cumulative forest plot, or Baujat plot
  revman FILE.rm5    recompute every analysis of a RevMan 5 review (--check, --json)
  help [COMMAND]     show help

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
    switch (command) {
      case 'analyze':
        runAnalyze(rest, io.out);
        return 0;
      case 'convert':
        runConvert(rest, io.out);
        return 0;
      case 'revman': runRevman(rest, io.out); return 0;
      case 'example':
        runExample(io.out);
        return 0;
      case 'forest':
        runForest(rest, io.out);
        return 0;
      case 'funnel':
        runFunnel(rest, io.out);
        return 0;
      case 'report':
        runReport(rest, io.out);
        return 0;
      case 'prisma':
        runPrisma(rest, io.out);
        return 0;
      case 'rob':
        runRob(rest, io.out);
        return 0;
      case 'sensitivity-plot':
        runSensitivityPlot(rest, io.out);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        if (rest[0] === 'analyze') runAnalyze(['--help'], io.out);
        else io.out(HELP);
        return 0;
      default:
        throw new UsageError(`Unknown command '${command}'.\n\n${HELP}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`metasift: ${err.message}\n`);
      return 2;
    }
    if (err instanceof FileFormatError || err instanceof InputError) {
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
