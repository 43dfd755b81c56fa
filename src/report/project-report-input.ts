/**
 * What projectReport needs, read from a project store: the PRISMA counts (the ledger's, or
 * those edited by hand and saved), and per outcome its table (with the characteristic a
 * saved analysis pools subgroups by), RoB 2 rows, GRADE and saved analysis. How tables and
 * RoB rows are read is the caller's: the CLI reads everything, the server what the asker
 * may see (extraction-view.ts).
 */
import type { ProjectTable } from '../analysis/project-table.js';
import type { PrismaCounts } from '../plot/prisma/counts.js';
import type { RobStudy } from '../plot/rob/judgements.js';
import { prismaFromLedger, type PrismaLedger } from '../review/prisma-ledger.js';
import type { ExtractionStore } from '../store/extraction-store.js';
import type { ProjectReportInput } from './project-report.js';
import { savedOutcomeAnalysis, savedPrismaCounts, type SettingsStore } from './project-settings.js';

export interface ReportStore extends SettingsStore {
  readonly extraction: ExtractionStore;
  ledger(): PrismaLedger;
}

export interface ReportView {
  table(outcome: string, characteristics: readonly string[]): ProjectTable;
  rob(outcome: string): RobStudy[];
}

export function projectReportInput(store: ReportStore, title: string, view: ReportView): ProjectReportInput {
  const x = store.extraction;
  const hand = savedPrismaCounts(store);
  const prisma: PrismaCounts = hand.value?.counts ?? prismaFromLedger(store.ledger()).counts;
  return {
    title,
    prisma,
    ...(hand.value === undefined ? {} : { prismaByHand: { by: hand.value.by, at: hand.value.at } }),
    ...(hand.problem === undefined ? {} : { prismaProblem: hand.problem }),
    outcomes: x.outcomes().map((o) => {
      const saved = savedOutcomeAnalysis(store, o);
      const subgroup = saved.value?.options.subgroup;
      return {
        table: view.table(o.name, subgroup === undefined ? [] : [subgroup]),
        rob: view.rob(o.name),
        grade: x.grade(o.name)?.result,
        ...(saved.value === undefined ? {} : { analysis: saved.value }),
        ...(saved.problem === undefined ? {} : { analysisProblem: saved.problem }),
      };
    }),
  };
}
