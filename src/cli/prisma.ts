/** `metasift prisma COUNTS.json --out PLOT.svg|PLOT.png`: the PRISMA 2020 flow diagram. */
import { readFileSync, writeFileSync } from 'node:fs';
import { prismaFromLedger } from '../review/prisma-ledger.js';
import { withProject } from './project/open-project.js';
import { FileFormatError } from '../io/errors.js';
import { prismaCounts, PrismaCountsError } from '../plot/prisma/counts.js';
import { prismaPlot } from '../plot/prisma/prisma-plot.js';
import { OUTPUT_FLAGS, outputOptions, PLOT_FLAGS_HELP, takeFlags, writePlot } from './plots.js';
import { UsageError } from './usage-error.js';

export const PRISMA_HELP = `Usage: metasift prisma COUNTS.json|PROJECT --out PLOT.svg|PLOT.png|COUNTS.json

Draws the PRISMA 2020 flow diagram (new or updated review) from a JSON file of counts
(fields in docs/prisma-counts.md), or from a review project's records, duplicates and
screening decisions as they stand now. With --out ending in .json it writes the counts.

${PLOT_FLAGS_HELP}`;

export function runPrisma(args: readonly string[], write: (s: string) => void): void {
  const flags = takeFlags(args, [...OUTPUT_FLAGS], ['help', 'h']);
  if (flags.booleans.has('help') || flags.rest.includes('-h')) {
    write(PRISMA_HELP);
    return;
  }
  if (flags.rest.length !== 1 || flags.rest[0].startsWith('-')) throw new UsageError('Give exactly one counts file (JSON).\n\n' + PRISMA_HELP);
  const file = flags.rest[0];
  if (!/\.json$/i.test(file)) {
    const fromLedger = withProject(file, (store) => prismaFromLedger(store.ledger()));
    if (flags.values.out !== undefined && /\.json$/i.test(flags.values.out)) {
      writeFileSync(flags.values.out, JSON.stringify(fromLedger.counts, null, 2) + '\n');
    } else {
      const out = outputOptions(flags.values);
      writePlot(prismaPlot(fromLedger.counts, { theme: out.theme, size: out.size }), out);
    }
    const { titleAbstract, fullText } = fromLedger.pending;
    write(`Wrote ${flags.values.out}${titleAbstract + fullText > 0 ? ` (still awaiting decisions: ${titleAbstract} records at title/abstract, ${fullText} at full text)` : ''}\n`);
    return;
  }
  const out = outputOptions(flags.values);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileFormatError(code ? `cannot be read (${code})` : `is not valid JSON (${(err as Error).message})`, { file });
  }
  let counts;
  try {
    counts = prismaCounts(json);
  } catch (err) {
    if (err instanceof PrismaCountsError) throw new FileFormatError(err.message, { file });
    throw err;
  }
  writePlot(prismaPlot(counts, { theme: out.theme, size: out.size }), out);
  write(`Wrote ${out.out}\n`);
}
