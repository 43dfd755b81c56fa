/**
 * Builds a report model from an analysis plan whose tables are already read: for each
 * outcome the pooled analysis, its forest plot and text; then a summary-of-findings
 * table and, when counts are given, the PRISMA 2020 flow diagram first.
 */
import { analyzeTable, type AnalysisReport } from '../analysis/analyze-table.js';
import type { CsvTable } from '../io/csv/parse-csv.js';
import { FileFormatError } from '../io/errors.js';
import { hasColumn, textColumn } from '../io/csv/numeric-column.js';
import { forestPlot } from '../plot/forest/forest-plot.js';
import { armsFromTable } from '../analysis/arms-from-table.js';
import { favoursDefaults } from '../plot/forest/labels.js';
import { prismaPlot } from '../plot/prisma/prisma-plot.js';
import type { PrismaCounts } from '../plot/prisma/counts.js';
import { outcomeSection } from './outcome-section.js';
import type { ReportModel, ReportSection } from './report-model.js';
import { analysisOptions, type OutcomePlan, type ReportPlan } from './report-plan.js';
import { summaryOfFindings, type FindingRow } from './summary-of-findings.js';

export interface PlanInputs {
  /** Tables by the file name used in the plan. */
  readonly tables: ReadonlyMap<string, CsvTable>;
  readonly prisma?: PrismaCounts;
}

export function subsetRows(table: CsvTable, subset: Readonly<Record<string, string>> | undefined, planFile: string): CsvTable {
  if (subset === undefined) return table;
  let keep = table.rows.map((_, i) => i);
  for (const [column, value] of Object.entries(subset)) {
    if (!hasColumn(table, column)) {
      throw new FileFormatError(`the plan's subset names a column '${column}' that ${table.file} does not have`, { file: planFile, column });
    }
    const values = textColumn(table, column);
    keep = keep.filter((i) => values[i].trim() === value);
  }
  return { ...table, rows: keep.map((i) => table.rows[i]), lines: keep.map((i) => table.lines[i]) };
}

function participants(table: CsvTable, result: AnalysisReport): number | undefined {
  const arms = armsFromTable(table);
  if (arms === undefined) return undefined;
  const included = result.studies.map((s, i) => (s.weight !== null ? i : -1)).filter((i) => i >= 0);
  return included.reduce((n, i) => n + arms.total1[i] + arms.total2[i], 0);
}

export function outcomeReport(o: OutcomePlan, table: CsvTable, planFile: string) {
  const sub = subsetRows(table, o.subset, planFile);
  if (sub.rows.length === 0) return { section: undefined, finding: { outcome: o.title, result: undefined, missing: 'no rows in the data' } };
  const result = analyzeTable(sub, analysisOptions(o));
  const [left, right] = o.favours ?? favoursDefaults(o.higherIsBetter ?? false);
  const svg = forestPlot(result, {
    arms: armsFromTable(sub),
    subgroupOf: o.subgroup === undefined ? undefined : textColumn(sub, o.subgroup).map((s) => s.trim()),
    favoursLeft: left,
    favoursRight: right,
    prediction: o.prediction ?? false,
  });
  const section: ReportSection = outcomeSection({
    id: `outcome-${o.id}`,
    title: o.title,
    result,
    figures: [{ name: `forest-${o.id}`, caption: `Forest plot: ${o.title}`, svg }],
    notes: o.notes,
  });
  const finding: FindingRow = { outcome: o.title, result, participants: participants(sub, result) };
  return { section, finding, result };
}

export interface PlanReport {
  readonly model: ReportModel;
  /** Every outcome's full analysis, for results.json. */
  readonly results: { readonly outcomes: readonly { readonly id: string; readonly result: AnalysisReport | null }[] };
}

export function buildPlanReport(plan: ReportPlan, inputs: PlanInputs, planFile: string): PlanReport {
  const sections: ReportSection[] = [];
  if (inputs.prisma) {
    sections.push({
      id: 'prisma',
      title: 'Study selection (PRISMA 2020)',
      figures: [{ name: 'prisma', caption: 'PRISMA 2020 flow diagram', svg: prismaPlot(inputs.prisma) }],
    });
  }
  const findings: FindingRow[] = [];
  const outcomeSections: ReportSection[] = [];
  const results: { id: string; result: AnalysisReport | null }[] = [];
  for (const o of plan.outcomes) {
    const file = o.data ?? plan.data!;
    const table = inputs.tables.get(file);
    if (table === undefined) throw new FileFormatError(`the data file '${file}' was not read`, { file: planFile });
    const { section, finding, result } = outcomeReport(o, table, planFile);
    findings.push(finding);
    results.push({ id: o.id, result: result ?? null });
    if (section) outcomeSections.push(section);
  }
  sections.push({ id: 'summary', title: 'Summary of findings', tables: [summaryOfFindings(findings)] });
  sections.push(...outcomeSections);
  return { model: { title: plan.title, subtitle: plan.subtitle, sections }, results: { outcomes: results } };
}
