/**
 * `metasift report [PLAN.json|PLAN.yaml] [--out DIR] [--no-png]`: runs an analysis plan and
 * writes a folder with a self-contained HTML report (index.html, plots inline as SVG),
 * each figure as SVG and PNG, and every result as JSON. Without a plan it reports the
 * embedded MSC evidence.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { projectTable } from '../analysis/project-table.js';
import { projectReport } from '../report/project-report.js';
import { projectReportInput } from '../report/project-report-input.js';
import { withProject } from './project/open-project.js';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import type { CsvTable } from '../io/csv/parse-csv.js';
import { FileFormatError } from '../io/errors.js';
import { prismaCounts } from '../plot/prisma/counts.js';
import { svgToPng } from '../render/png.js';
import { buildPlanReport } from '../report/build-plan-report.js';
import { renderReport } from '../report/html-report.js';
import { reportFigures, type ReportModel } from '../report/report-model.js';
import { checkPlan } from '../report/report-plan.js';
import { readTable } from './analyze.js';
import { embeddedReport } from './embedded-report.js';
import { readRm5 } from '../io/rm5/index.js';
import { recomputeReview } from '../analysis/revman-review.js';
import { revmanReport } from '../report/revman-report.js';
import { UsageError } from './usage-error.js';

export const REPORT_HELP = `Usage: metasift report [PLAN.json | PLAN.yaml | REVIEW.rm5 | PROJECT] [--out DIR] [--no-png]

Runs an analysis plan and writes a report folder:
  index.html          the whole report in one file (opens offline; plots inline as SVG)
  figures/*.svg, *.png every figure on its own, for a manuscript
  results.json        every number behind the report

Without a plan, reports the embedded evidence on MSC therapy for autoimmune disease.
With a RevMan 5 file (.rm5), draws every forest plot of the review with RevMan's conventions.
With a review project, reports its PRISMA flow, extracted outcomes, RoB 2 and GRADE.

A plan names a title, a CSV data file (metafor column names, as for 'metasift analyze'),
optionally PRISMA counts, and the outcomes:
  { "title": "MSC for lupus", "data": "studies.csv", "prisma": "prisma.json",
    "outcomes": [ { "id": "sledai", "title": "SLEDAI at 6 months", "subset": {"outcome": "SLEDAI"},
                    "measure": "SMD", "method": "REML", "test": "knha", "subgroup": "msc_source",
                    "prediction": true, "leave1out": true, "bias": true } ] }

Options:
  --out DIR     folder to write (default: metasift-report)
  --no-png      skip the PNG copies of the figures
`;

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new FileFormatError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
}

export function readPlanFile(file: string) {
  const text = readText(file);
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new FileFormatError(`is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'} (${(err as Error).message})`, { file });
  }
  return checkPlan(raw, file);
}

export function planReport(planFile: string): { model: ReportModel; results: unknown } {
  const plan = readPlanFile(planFile);
  const base = dirname(resolve(planFile));
  const tables = new Map<string, CsvTable>();
  for (const f of new Set([plan.data, ...plan.outcomes.map((o) => o.data)].filter((x): x is string => x !== undefined))) {
    tables.set(f, readTable(join(base, f)));
  }
  const prisma = plan.prisma === undefined ? undefined : prismaCounts(JSON.parse(readText(join(base, plan.prisma))));
  const { model, results } = buildPlanReport(plan, { tables, prisma }, planFile);
  return { model, results: { plan, ...results } };
}

/** Every forest plot of a RevMan 5 review, with RevMan's conventions and a check against its stored results. */
export function rm5Report(file: string): { model: ReportModel; results: unknown } {
  const review = readRm5(file);
  const recomputed = recomputeReview(review, { check: true });
  return { model: revmanReport(review, recomputed), results: recomputed };
}

/** A review project: PRISMA from the ledger, each outcome's extracted data, RoB 2 and GRADE. */
export function storeReport(file: string): { model: ReportModel; results: unknown } {
  return withProject(file, (store) => {
    const title = (store.setting('title') as string | undefined) ?? `Review ${basename(file)}`;
    const input = projectReportInput(store, title, {
      table: (name, characteristics) => projectTable(store, name, { characteristics }),
      rob: (name) => store.extraction.robPlotStudies(name),
    });
    const { model, results } = projectReport(input);
    return { model, results: { outcomes: results } };
  });
}

/** Writes index.html, figures and results.json; returns the number of figures. */
export function writeReportFolder(dir: string, model: ReportModel, results: unknown, png: boolean): number {
  mkdirSync(join(dir, 'figures'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), renderReport(model));
  const figures = reportFigures(model);
  for (const f of figures) {
    writeFileSync(join(dir, 'figures', `${f.name}.svg`), f.svg);
    if (png) writeFileSync(join(dir, 'figures', `${f.name}.png`), svgToPng(f.svg));
  }
  writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  return figures.length;
}

export function runReport(args: readonly string[], write: (s: string) => void): void {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { out: { type: 'string' }, 'no-png': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    write(REPORT_HELP);
    return;
  }
  if (positionals.length > 1) throw new UsageError('Give at most one plan file.\n\n' + REPORT_HELP);
  const dir = resolve(values.out ?? 'metasift-report');
  const { model, results } =
    positionals.length === 0
      ? embeddedReport()
      : /\.rm5$/i.test(positionals[0])
        ? rm5Report(positionals[0])
        : /\.(json|ya?ml)$/i.test(positionals[0])
          ? planReport(positionals[0])
          : storeReport(positionals[0]);
  const n = writeReportFolder(dir, model, results, values['no-png'] !== true);
  write(`Report written to ${join(dir, 'index.html')} (${n} figures, also as files in ${join(dir, 'figures')}).\n`);
}
