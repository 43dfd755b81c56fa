/**
 * `metasift rob ROB.csv --out PLOT.svg|PLOT.png [--type traffic|summary|both] [--weighted]`:
 * the RoB 2 traffic-light and summary plots (robvis's) from a table of judgements,
 * described in docs/rob-csv.md.
 */
import { readFileSync } from 'node:fs';
import { FileFormatError } from '../io/errors.js';
import { readRob } from '../io/rob/read-rob.js';
import { robPlot } from '../plot/rob/rob-plot.js';
import { OUTPUT_FLAGS, outputOptions, PLOT_FLAGS_HELP, takeFlags, writePlot } from './plots.js';
import { UsageError } from './usage-error.js';
import { withProject } from './project/open-project.js';

export const ROB_HELP = `Usage: metasift rob ROB.csv --out PLOT.svg|PLOT.png [options]
       metasift rob PROJECT --outcome NAME --out PLOT.svg|PLOT.png   (the project's RoB 2 assessments)

Draws risk-of-bias (RoB 2) plots as robvis does: the traffic-light plot (one row per
study, domains D1-D5 and Overall) and the summary plot (one 100% bar per domain).
ROB.csv has the columns study, D1, D2, D3, D4, D5, overall and optionally weight;
judgements are Low, Some concerns, High or No information (docs/rob-csv.md).

Plot options:
  --type T         traffic, summary or both (default both, the summary under the traffic lights)
  --weighted       weight the summary bars by the 'weight' column (e.g. each study's % weight)
${PLOT_FLAGS_HELP}`;

const TYPES = ['traffic', 'summary', 'both'] as const;

export function runRob(args: readonly string[], write: (s: string) => void): void {
  const flags = takeFlags(args, [...OUTPUT_FLAGS, 'type', 'outcome'], ['weighted', 'help']);
  if (flags.booleans.has('help') || flags.rest.includes('-h')) {
    write(ROB_HELP);
    return;
  }
  if (flags.rest.length !== 1 || flags.rest[0].startsWith('-')) {
    const unknown = flags.rest.find((a) => a.startsWith('-'));
    throw new UsageError(`${unknown === undefined ? 'Give exactly one RoB 2 table (CSV).' : `Unknown option '${unknown}'.`}\n\n${ROB_HELP}`);
  }
  const type = flags.values.type ?? 'both';
  if (!(TYPES as readonly string[]).includes(type)) throw new UsageError(`Unknown --type '${type}'. Use traffic, summary or both.`);
  const out = outputOptions(flags.values);
  const file = flags.rest[0];
  if (!/\.(csv|tsv|txt)$/i.test(file)) {
    // a review project: the RoB 2 assessments that stand (reconciled, or agreed by both assessors)
    const outcome = flags.values.outcome;
    if (outcome === undefined) throw new UsageError('With a project, give --outcome NAME.');
    const { studies, disputed } = withProject(file, (store) => {
      const x = store.extraction;
      const labels = new Map(x.studies().map((s) => [s.id, s.label]));
      return { studies: x.robPlotStudies(outcome), disputed: x.rob2Final(outcome).unresolved.map((id) => labels.get(id) ?? String(id)) };
    });
    if (studies.length === 0) throw new FileFormatError(`no RoB 2 assessment stands yet for '${outcome}'${disputed.length ? ` (assessors disagree on ${disputed.join(', ')})` : ''}`, { file });
    writePlot(robPlot(studies, { type: type as (typeof TYPES)[number], weighted: false, theme: out.theme, size: out.size }), out);
    write(`Wrote ${out.out}\n`);
    if (disputed.length > 0) {
      write(`Left out ${disputed.length} ${disputed.length === 1 ? 'study' : 'studies'} whose assessors disagree: ${disputed.join(', ')}. Settle them with 'metasift rob2 ${file} --reconcile STUDY ${outcome} …' and draw again.\n`);
    }
    return;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new FileFormatError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
  const studies = readRob(text, file);
  const weighted = flags.booleans.has('weighted');
  if (weighted) {
    const missing = studies.findIndex((s) => s.weight === undefined);
    if (missing >= 0) {
      throw new FileFormatError(`--weighted needs a weight for every study; '${studies[missing].study}' has none (add a 'weight' column or leave out --weighted)`, {
        file,
        column: 'weight',
      });
    }
  }
  writePlot(robPlot(studies, { type: type as (typeof TYPES)[number], weighted, theme: out.theme, size: out.size }), out);
  write(`Wrote ${out.out}\n`);
}
