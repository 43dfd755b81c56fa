/**
 * PRISMA 2020 flow counts (Page et al. 2021, BMJ 372:n71) derived from the screening
 * ledger at any moment, in the shape of docs/prisma-counts.md that the flow diagram
 * reads (prismaCounts(json) returns them unchanged). Mid-review, each box counts only
 * what is settled; what still awaits decisions is in `pending`, outside the counts.
 *
 * - identified: every imported record, per database; sources named in `registers`
 *   (ClinicalTrials.gov, ICTRP, ChiCTR, ...) are counted as registers.
 * - duplicates removed: records currently merged into another (undone merges restore them).
 * - screened / excluded: settled title/abstract outcomes / those excluded.
 * - sought: records that passed title/abstract (include or maybe); not retrieved: those
 *   marked so; assessed: settled full-text outcomes; excluded with reasons, in the
 *   project's order of reasons; included reports: full-text includes. Included studies
 *   count distinct `studyOf` values when reports are linked to studies, else one study
 *   per report.
 */
import type { PrismaCounts } from '../plot/prisma/counts.js';
import { passes, stageOutcomes, isSettled } from './screening/stage-outcome.js';
import { pairKey } from './screening/group.js';
import type { RecordId, ScreeningLedger } from './screening/types.js';

export interface LedgerRecord {
  readonly id: RecordId;
  readonly database: string;
  readonly duplicateOf: RecordId | null;
}

export interface PrismaLedger extends ScreeningLedger {
  readonly records: readonly LedgerRecord[];
  /** Records whose full text was sought but could not be retrieved. */
  readonly notRetrieved: readonly RecordId[];
}

export interface PrismaFromLedger {
  readonly counts: PrismaCounts;
  readonly pending: { readonly titleAbstract: number; readonly fullText: number };
}

export const DEFAULT_REGISTERS: readonly string[] = ['ClinicalTrials.gov', 'ICTRP', 'WHO ICTRP', 'ChiCTR', 'ISRCTN', 'EU CTR', 'EUCTR', 'CTIS', 'ANZCTR', 'JPRN', 'CTRI', 'DRKS'];

function tally(names: readonly string[]): { name: string; n: number }[] {
  const m = new Map<string, number>();
  for (const x of names) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].map(([name, n]) => ({ name, n }));
}

export function prismaFromLedger(ledger: PrismaLedger, opts: { registers?: readonly string[]; studyOf?: ReadonlyMap<RecordId, string> } = {}): PrismaFromLedger {
  const registers = new Set((opts.registers ?? DEFAULT_REGISTERS).map((r) => r.toLowerCase()));
  const isRegister = (db: string) => registers.has(db.toLowerCase());
  const outcomes = stageOutcomes(ledger.decisions, ledger.resolutions, ledger.required);
  const kept = ledger.records.filter((r) => r.duplicateOf === null);
  const ta = kept.map((r) => outcomes.get(pairKey(r.id, 'title_abstract')));
  const screened = ta.filter((o) => o !== undefined && isSettled(o));
  const sought = kept.filter((_, i) => passes(ta[i]));
  const missing = new Set(ledger.notRetrieved);
  const retrieved = sought.filter((r) => !missing.has(r.id));
  const ft = retrieved.map((r) => outcomes.get(pairKey(r.id, 'full_text'))).filter((o) => o !== undefined && isSettled(o));
  const ftExcluded = ft.filter((o) => o!.verdict === 'exclude').map((o) => o!.reason ?? '');
  const byReason = new Map(tally(ftExcluded).map((x) => [x.name, x.n]));
  const order = [...ledger.reasons, ...[...byReason.keys()].filter((r) => !ledger.reasons.includes(r))];
  const included = ft.filter((o) => o!.verdict === 'include').map((o) => o!.recordId);
  const studies = opts.studyOf ? new Set(included.map((id) => opts.studyOf!.get(id) ?? `record ${id}`)).size : included.length;
  const dbs = ledger.records.map((r) => r.database);
  return {
    counts: {
      template: 'new',
      identification: {
        records_identified: ledger.records.length,
        databases: tally(dbs.filter((d) => !isRegister(d))),
        registers: tally(dbs.filter(isRegister)),
        duplicates_removed: ledger.records.length - kept.length,
        automation_removed: 0,
        other_removed: 0,
      },
      screening: { screened: screened.length, excluded: screened.filter((o) => o!.verdict === 'exclude').length },
      retrieval: { sought: sought.length, not_retrieved: sought.length - retrieved.length },
      eligibility: { assessed: ft.length, excluded: order.filter((r) => byReason.has(r)).map((reason) => ({ reason, n: byReason.get(reason)! })) },
      included: { studies, reports: included.length },
    },
    pending: { titleAbstract: kept.length - screened.length, fullText: retrieved.length - ft.length },
  };
}
