/** `metasift revman FILE.rm5 [options]`: recompute every analysis of a RevMan 5 review. */
import { parseArgs } from 'node:util';
import { formatReview } from '../analysis/revman-format.js';
import type { RevManConvention } from '../analysis/revman-result.js';
import { recomputeReview } from '../analysis/revman-review.js';
import { FileFormatError } from '../io/errors.js';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { readRm5 } from '../io/rm5/parse-rm5.js';
import { parseRevman5Csv } from '../io/rm5/revman5-csv.js';
import { readRevmanWebPackage } from '../io/rm5/revman-web-package.js';
import type { Rm5Review } from '../io/rm5/types.js';
import { writeRevmanWebCsv } from '../io/rm5/write-web-csv.js';
import { writeRm5 } from '../io/rm5/write-rm5.js';
import { UsageError } from './usage-error.js';

export const REVMAN_HELP = `Usage: metasift revman FILE.rm5 | EXPORT.csv | PACKAGE-FOLDER [options]

Recomputes every comparison, outcome and subgroup of a RevMan 5 review the way
RevMan 5.4 does (Mantel-Haenszel with RevMan's zero-cell rule, Chi² around the
M-H estimate, DerSimonian-Laird Tau², RevMan's SMD, exact normal quantile) and
prints each outcome in RevMan's words. Reads a .rm5 review, RevMan 5's "Export data
and analyses" CSV, or the folder of a RevMan Web data package.

Options:
  --check               set RevMan's stored values beside the recomputed ones and
                        report the largest differences
  --json                print {"outcomes": [...]} with RevMan's attribute names
  --convention C        revman5 (default) or revman-web (REML, Hartung-Knapp-
                        Sidik-Jonkman CI, prediction interval, Q-profile CI of Tau²)
  --export OUT          write the analyses to OUT.rm5 (RevMan 5) or OUT.csv
                        (RevMan Web data rows)
  -h, --help            show this help
`;

/** A .rm5 file, a RevMan 5 export CSV, or a RevMan Web data package folder. */
export function readReview(path: string): Rm5Review {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    /* readRm5 reports the missing file */
  }
  if (isDir) return readRevmanWebPackage(path);
  if (/\.csv$/i.test(path)) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new FileFormatError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file: path });
    }
    return parseRevman5Csv(text, path);
  }
  return readRm5(path);
}

export function runRevman(args: readonly string[], write: (s: string) => void): void {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      check: { type: 'boolean' },
      json: { type: 'boolean' },
      convention: { type: 'string' },
      export: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    write(REVMAN_HELP);
    return;
  }
  if (positionals.length !== 1) throw new UsageError('Give exactly one .rm5 file.\n\n' + REVMAN_HELP);
  const convention = values.convention ?? 'revman5';
  if (convention !== 'revman5' && convention !== 'revman-web') {
    throw new UsageError(`Unknown --convention '${convention}'. Use revman5 or revman-web.`);
  }
  const out = values.export;
  if (out !== undefined && !/\.(rm5|csv)$/i.test(out)) throw new UsageError(`--export needs a file ending in .rm5 or .csv, not '${out}'.`);
  const review = readReview(positionals[0]);
  const result = recomputeReview(review, { convention: convention as RevManConvention, check: values.check === true });
  if (out !== undefined) {
    try {
      writeFileSync(out, /\.rm5$/i.test(out) ? writeRm5(review) : writeRevmanWebCsv(review));
    } catch (err) {
      throw new FileFormatError(`cannot be written (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file: out });
    }
  }
  write(values.json ? JSON.stringify(result, null, 2) + '\n' : formatReview(result));
}
