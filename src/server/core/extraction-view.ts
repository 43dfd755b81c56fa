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
 *     The same holds for the study characteristics a table carries as columns (subgroups
 *     by MSC source …): a non-resolver sees a study's characteristics only when they are
 *     reconciled or entered alike, as a whole, by two or more extractors (a field agreed
 *     inside a disputed item would tell that the colleague differs elsewhere); otherwise
 *     the cells are empty, with one warning that counts the studies and names none.
 * extractionView reads for one request (the report's every outcome) and reads each thing
 * the store is asked once.
 */
import { projectTable, type ProjectTable, type ProjectTableOptions, type TableSource } from '../../analysis/project-table.js';
import type { RobStudy } from '../../plot/rob/judgements.js';
import { characteristicsWords } from '../../review/extraction/characteristic-labels.js';
import { characteristicCells, checkCharacteristicNames, itemKeyString, type ExtractedItem } from '../../review/extraction/index.js';
import { robStudy } from '../../review/rob2/index.js';
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

/** What one request may read of the outcomes' tables and RoB rows; the store is read once per request where it can be. */
export interface ExtractionView {
  table(outcome: string, options?: ProjectTableOptions): ProjectTable;
  rob(outcome: string): RobStudy[];
}

/**
 * The asker's view for one request (the report reads every outcome through one): the
 * characteristics of every study are read from the store once, not once per table.
 */
export function extractionView(x: ExtractionStore, resolver: boolean): ExtractionView {
  let values: ReturnType<TableSource['characteristicValues']> | undefined;
  const characteristicValues = () => (values ??= x.characteristicValues());
  const cached: TableSource = { outcome: (n) => x.outcome(n), outcomes: () => x.outcomes(), studies: () => x.studies(), armValues: (n) => x.armValues(n), characteristicValues };
  return {
    table: (outcome, options = {}) => (resolver ? projectTable(cached, outcome, options) : settledTable(cached, outcome, options)),
    rob: (outcome) => visibleRob(x, outcome, resolver),
  };
}

function settledOnly(x: TableSource): { source: TableSource; withheld: () => number } {
  let withheld = 0;
  const armValues: TableSource['armValues'] = (name) => {
    const { chosen, unresolved } = x.armValues(name);
    const open = new Set([...chosen.filter((c) => c.source === 'single').map((c) => c.item.studyId), ...unresolved.map((g) => g[0].studyId)]);
    withheld = open.size;
    return { chosen: chosen.filter((c) => !open.has(c.item.studyId)), unresolved: [] };
  };
  const characteristicValues: TableSource['characteristicValues'] = () => ({ chosen: x.characteristicValues().chosen.filter((c) => c.source !== 'single'), unresolved: [] });
  const source: TableSource = { outcome: (n) => x.outcome(n), outcomes: () => x.outcomes(), studies: () => x.studies(), armValues, characteristicValues };
  return { source, withheld: () => withheld };
}

function settledTable(x: TableSource, outcome: string, options: ProjectTableOptions): ProjectTable {
  const { source, withheld } = settledOnly(x);
  const table = projectTable(source, outcome, options);
  const why: string[] = [];
  const n = withheld();
  if (n > 0) why.push(`${n} ${n === 1 ? 'study is' : 'studies are'} left out until every arm is checked by a second extractor or reconciled (extraction is blind until then).`);
  const names = checkCharacteristicNames(options.characteristics ?? []);
  if (names.length > 0) {
    // cells empty here that a resolver would see filled, or see disputed
    const full = characteristicCells(x.characteristicValues(), names);
    const open = table.notes.filter((r) => names.some((c) => r.characteristics[c].value === '' && ['single', 'disputed'].includes(full.get(r.studyId)?.[c].source ?? 'none'))).length;
    if (open > 0) {
      const what = characteristicsWords(names);
      why.push(`${what[0].toUpperCase()}${what.slice(1)} of ${open} ${open === 1 ? 'study' : 'studies'} ${names.length === 1 ? 'is' : 'are'} left empty: not yet checked by a second extractor or reconciled.`);
    }
  }
  return { ...table, blinded: true, warnings: [...why, ...table.warnings] };
}

export function visibleTable(x: ExtractionStore, outcome: string, resolver: boolean, options: ProjectTableOptions = {}): ProjectTable {
  return extractionView(x, resolver).table(outcome, options);
}

/**
 * The RoB 2 rows an asker may see for an outcome: resolvers every assessment that stands
 * (as the CLI's report draws them); everyone else only those reconciled or agreed by two
 * or more assessors, since a lone assessment is still to be checked blind by a second.
 */
export function visibleRob(x: ExtractionStore, outcome: string, resolver: boolean): RobStudy[] {
  // rob2Final once: the rows robPlotStudies would draw, less the lone assessments
  return x
    .rob2Final(outcome)
    .studies.filter((s) => resolver || s.source !== 'single')
    .map((s) => robStudy(s.label, s.assessment));
}
