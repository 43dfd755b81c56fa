/**
 * The report of a review project (`metasift report REVIEW.metasift`): the PRISMA diagram from
 * the screening ledger, a summary of findings with each outcome's GRADE certainty, and per
 * outcome the forest plot of the extracted (reconciled) data and the RoB 2 plot of the
 * assessments that stand. Each outcome is pooled with the analysis the project saved for it
 * (measure, method, test, level, prediction interval, subgroups; outcome-analysis.ts), else
 * with the defaults (RR by Mantel–Haenszel for events, MD by REML with Knapp–Hartung for
 * means), and its section says which and who chose it. Subgroups by a characteristic some
 * studies lack are not drawn: the outcome is pooled over all its studies, with a warning
 * (project-subgroups.ts). An outcome whose data cannot be pooled gets a note saying why in
 * its section, and the rest of the report is made as usual. PRISMA counts edited by hand
 * and saved replace the ledger's, and the figure's caption says so.
 */
import type { AnalysisReport } from '../analysis/analyze-table.js';
import { analyzeProjectTable } from '../analysis/project-subgroups.js';
import { analysisWords, analyzeOptions, defaultOutcomeAnalysis, type SavedOutcomeAnalysis } from '../analysis/outcome-analysis.js';
import { textColumn } from '../io/csv/numeric-column.js';
import { armsFromTable } from '../analysis/arms-from-table.js';
import type { ProjectTable } from '../analysis/project-table.js';
import type { PrismaCounts } from '../plot/prisma/counts.js';
import { forestPlot } from '../plot/forest/forest-plot.js';
import { favoursDefaults } from '../plot/forest/labels.js';
import { prismaPlot } from '../plot/prisma/prisma-plot.js';
import { robPlot } from '../plot/rob/rob-plot.js';
import type { RobStudy } from '../plot/rob/judgements.js';
import type { GradeResult } from '../review/grade/types.js';
import { outcomeSection } from './outcome-section.js';
import { day } from './project-settings.js';
import type { ReportModel, ReportSection } from './report-model.js';
import { summaryOfFindings, type FindingRow } from './summary-of-findings.js';

export interface ProjectOutcomeInput {
  readonly table: ProjectTable;
  readonly rob: readonly RobStudy[];
  readonly grade: GradeResult | undefined;
  /** The analysis saved for the outcome; the defaults when absent. */
  readonly analysis?: SavedOutcomeAnalysis;
  /** Why a saved analysis could not be used. */
  readonly analysisProblem?: string;
}

export interface ProjectReportInput {
  readonly title: string;
  readonly prisma: PrismaCounts;
  /** Set when the PRISMA counts were edited by hand and saved: who and when. */
  readonly prismaByHand?: { readonly by: string; readonly at: string };
  readonly prismaProblem?: string;
  readonly outcomes: readonly ProjectOutcomeInput[];
}

const robFigures = (name: string, title: string, rob: readonly RobStudy[]) =>
  rob.length > 0 ? [{ name: `rob-${name}`, caption: `Risk of bias (RoB 2): ${title}`, svg: robPlot([...rob], { type: 'both' }) }] : [];

export function projectReport(input: ProjectReportInput): { model: ReportModel; results: { outcome: string; result: AnalysisReport | null }[] } {
  const findings: FindingRow[] = [];
  const sections: ReportSection[] = [];
  const results: { outcome: string; result: AnalysisReport | null }[] = [];
  for (const { table, rob, grade, analysis, analysisProblem } of input.outcomes) {
    const o = table.outcome;
    const title = `${o.name}${o.timepoint ? `, ${o.timepoint}` : ''}`;
    const certainty = grade === undefined ? undefined : `${grade.symbol} ${grade.certainty}`;
    if (table.rows.length === 0) {
      findings.push({ outcome: title, result: undefined, missing: 'no extracted data', certainty });
      results.push({ outcome: o.name, result: null });
      continue;
    }
    const options = analysis?.options ?? defaultOutcomeAnalysis(o);
    const chosen =
      analysis === undefined
        ? `Analysis: ${analysisWords(options)} (the default; no analysis has been saved for this outcome).`
        : `Analysis as set by ${analysis.by} on ${day(analysis.at)}: ${analysisWords(options)}.`;
    const notes = [...(analysisProblem === undefined ? [] : [`Note: ${analysisProblem}.`]), ...table.warnings];
    let result: AnalysisReport;
    let forest: string;
    try {
      // subgroups only when every study has the characteristic, else all studies without them and a warning
      result = analyzeProjectTable(table, analyzeOptions(options));
      const [left, right] = favoursDefaults(options.higherIsBetter);
      forest = forestPlot(result, {
        arms: armsFromTable(table),
        subgroupOf: result.subgroups === undefined || options.subgroup === undefined ? undefined : textColumn(table, options.subgroup).map((s) => s.trim()),
        favoursLeft: left,
        favoursRight: right,
        prediction: options.prediction,
      });
    } catch (e) {
      // one outcome that cannot be pooled is a note in its section, not a failed report
      // (bad data, or a model that does not converge: e.g. Fisher scoring's plain Error)
      if (!(e instanceof Error)) throw e;
      const why = `${title} could not be pooled: ${e.message}`;
      sections.push({ id: `outcome-${o.name}`, title, paragraphs: [chosen], figures: robFigures(o.name, title, rob), notes: [`${why}${/[.!?]$/.test(why) ? '' : '.'}`, ...notes] });
      findings.push({ outcome: title, result: undefined, missing: 'could not be pooled', studies: table.rows.length, certainty });
      results.push({ outcome: o.name, result: null });
      continue;
    }
    const figures = [{ name: `forest-${o.name}`, caption: `Forest plot: ${title}`, svg: forest }, ...robFigures(o.name, title, rob)];
    sections.push(outcomeSection({ id: `outcome-${o.name}`, title, result, figures, notes, lead: chosen }));
    findings.push({ outcome: title, result, certainty });
    results.push({ outcome: o.name, result });
  }
  const hand = input.prismaByHand;
  const prismaCaption =
    hand === undefined
      ? 'PRISMA 2020 flow diagram from the screening record'
      : `PRISMA 2020 flow diagram: counts edited by hand by ${hand.by} on ${day(hand.at)} (not the live counts of the screening record)`;
  return {
    model: {
      title: input.title,
      sections: [
        {
          id: 'prisma',
          title: 'Study selection (PRISMA 2020)',
          figures: [{ name: 'prisma', caption: prismaCaption, svg: prismaPlot(input.prisma) }],
          ...(input.prismaProblem === undefined ? {} : { notes: [`Note: ${input.prismaProblem}.`] }),
        },
        { id: 'summary', title: 'Summary of findings', tables: [summaryOfFindings(findings)] },
        ...sections,
      ],
    },
    results,
  };
}
