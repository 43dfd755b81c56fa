/**
 * The extraction blinding rule. Extraction is double: each extractor enters values
 * without seeing a colleague's, and a resolver settles the differences. So
 *   - a reviewer reads back only their own values, and for the items they entered, the
 *     reconciled value once a resolver has set one (never a colleague's raw value);
 *   - the discrepancy list and reconciliation are for resolvers (owners, and reviewers
 *     the store marks canResolve), as with screening conflicts;
 *   - an outcome's table and analysis show a non-resolver only settled studies: every
 *     arm reconciled or entered identically by two or more extractors. A value one
 *     extractor alone has entered is still to be checked blind by a second, and a
 *     disagreement is a resolver's business, so such studies are left out with one
 *     warning that names no study and no value. Resolvers see projectTable as the CLI does.
 */
import { projectTable, type ProjectTable, type TableSource } from '../../analysis/project-table.js';
import type { RobStudy } from '../../plot/rob/judgements.js';
import { itemKeyString, type ExtractedItem } from '../../review/extraction/index.js';
import type { ExtractionStore, ReconciledValue } from '../../store/extraction-store.js';

export interface OwnExtractions {
  readonly items: readonly ExtractedItem[];
  /** Reconciled values of the items the asker entered. */
  readonly reconciled: readonly ReconciledValue[];
}

export function ownExtractions(x: ExtractionStore, asker: string, f: { studyId?: number; outcome?: string }): OwnExtractions {
  const items = x.extractions({ ...f, extractor: asker });
  const mine = new Set(items.map(itemKeyString));
  return { items, reconciled: x.reconciliations(f).filter((r) => mine.has(itemKeyString(r))) };
}

function settledOnly(x: ExtractionStore): { source: TableSource; withheld: () => number } {
  let withheld = 0;
  const armValues: TableSource['armValues'] = (name) => {
    const { chosen, unresolved } = x.armValues(name);
    const open = new Set([...chosen.filter((c) => c.source === 'single').map((c) => c.item.studyId), ...unresolved.map((g) => g[0].studyId)]);
    withheld = open.size;
    return { chosen: chosen.filter((c) => !open.has(c.item.studyId)), unresolved: [] };
  };
  return { source: { outcome: (n) => x.outcome(n), outcomes: () => x.outcomes(), studies: () => x.studies(), armValues }, withheld: () => withheld };
}

export function visibleTable(x: ExtractionStore, outcome: string, resolver: boolean): ProjectTable {
  if (resolver) return projectTable(x, outcome);
  const { source, withheld } = settledOnly(x);
  const table = projectTable(source, outcome);
  const n = withheld();
  if (n === 0) return table;
  const why = `${n} ${n === 1 ? 'study is' : 'studies are'} left out until every arm is checked by a second extractor or reconciled (extraction is blind until then).`;
  return { ...table, warnings: [why, ...table.warnings] };
}

/**
 * The RoB 2 rows an asker may see for an outcome: resolvers every assessment that stands
 * (as the CLI's report draws them); everyone else only those reconciled or agreed by two
 * or more assessors, since a lone assessment is still to be checked blind by a second.
 */
export function visibleRob(x: ExtractionStore, outcome: string, resolver: boolean): RobStudy[] {
  const rows = x.robPlotStudies(outcome);
  if (resolver) return rows;
  const lone = new Set(x.rob2Final(outcome).studies.filter((s) => s.source === 'single').map((s) => s.label));
  return rows.filter((r) => !lone.has(r.study));
}
