/**
 * One outcome's extracted arm-level data as a table in metafor's column names, so that
 * analyzeTable pools a project straight from its store (`metasift analyze --project FILE
 * --outcome NAME`). Per study: the values chosen by chooseValues (reconciled, else agreed
 * by the extractors, else the single extractor's), each arm converted to a mean and SD
 * (armSummary: SE, CI, median with IQR or range) and the arms flagged MSC or control
 * combined (groupArms, Cochrane Handbook 6.5.2.10). Binary outcomes give ai, n1i, ci, n2i,
 * continuous ones m1i, sd1i, n1i, m2i, sd2i, n2i; group 1 is MSC, group 2 control.
 * The `source` and `conversion` columns, and `notes`, record where each number came from;
 * studies that cannot be used (unreconciled disagreement, a missing group) are left out
 * with a warning naming them. `characteristics` adds study characteristics as columns after
 * those, named as in the store (e.g. msc_source, for `--subgroup msc_source`): the value
 * characteristicCells chooses, empty where nobody entered it or the extractors differ on it
 * unreconciled (with a warning naming the study).
 */
import type { CsvTable } from '../io/csv/parse-csv.js';
import { characteristicCells, checkCharacteristicNames, ExtractionError, groupArms, NO_CHARACTERISTIC, type ArmEntry, type CharacteristicCell, type ArmNote, type ChosenValue, type GroupedArms, type Outcome, type StudyId } from '../review/extraction/index.js';
import type { ExtractionStore } from '../store/extraction-store.js';
import { StoreError } from '../store/review-store.js';
import { InputError } from '../stats/errors.js';

export interface ProjectRowNote {
  readonly study: string;
  readonly studyId: StudyId;
  /** How each arm's value was chosen: reconciled, agreed or single (one extractor only). */
  readonly sources: Readonly<Record<string, ChosenValue['source']>>;
  readonly arms: GroupedArms['arms'];
  /** The cells of the characteristics asked for, with how each was chosen. */
  readonly characteristics: Readonly<Record<string, CharacteristicCell>>;
}

export interface ProjectTable extends CsvTable {
  readonly outcome: Outcome;
  readonly notes: readonly ProjectRowNote[];
  readonly warnings: readonly string[];
  /**
   * A non-resolver's view (src/server/core/extraction-view.ts): values not yet checked by a
   * second extractor are left out or empty, and messages about it must name no study.
   */
  readonly blinded?: boolean;
}

const BINARY = ['study', 'ai', 'n1i', 'ci', 'n2i', 'source', 'conversion'];
const CONTINUOUS = ['study', 'm1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i', 'source', 'conversion'];

const describe = (notes: readonly ArmNote[]) => notes.map((a) => (a.conversion === 'none' ? a.arm : `${a.arm} (${a.conversion})`)).join(' + ');

function cells(g: GroupedArms): string[] {
  const m = g.msc;
  const c = g.control;
  if (m.kind === 'binary' && c.kind === 'binary') return [m.events, m.n, c.events, c.n].map(String);
  if (m.kind === 'continuous' && c.kind === 'continuous') return [m.mean, m.sd, m.n, c.mean, c.sd, c.n].map(String);
  throw new ExtractionError('the MSC and control groups mix events and means.', 'type');
}

/** What projectTable reads of the store (the server passes a blinded view of it). */
export type TableSource = Pick<ExtractionStore, 'outcome' | 'outcomes' | 'studies' | 'armValues' | 'characteristicValues'>;

export interface ProjectTableOptions {
  /** Text characteristics (TEXT_CHARACTERISTICS) to add as columns; an unknown name is an ExtractionError. */
  readonly characteristics?: readonly string[];
}

export function projectTable(store: TableSource | { readonly extraction: TableSource }, outcomeName: string, options: ProjectTableOptions = {}): ProjectTable {
  const x = 'extraction' in store ? store.extraction : store;
  const names = checkCharacteristicNames(options.characteristics ?? []);
  const outcome = x.outcome(outcomeName);
  if (!outcome) throw new StoreError(`Unknown outcome '${outcomeName}': expected one of ${x.outcomes().map((o) => o.name).join(', ') || '(none defined)'}.`);
  const chars = characteristicCells(names.length === 0 ? { chosen: [], unresolved: [] } : x.characteristicValues(), names);
  const { chosen, unresolved } = x.armValues(outcomeName);
  const warnings: string[] = [];
  const label = new Map(x.studies().map((s) => [s.id, s.label]));
  const skip = new Set<StudyId>();
  for (const g of unresolved) {
    const i = g[0];
    skip.add(i.studyId);
    if (i.key.item === 'arm') warnings.push(`${label.get(i.studyId)}: extractors disagree on arm '${i.key.arm}' and nobody has reconciled it; the study is left out.`);
  }
  const rows: string[][] = [];
  const notes: ProjectRowNote[] = [];
  for (const [studyId, study] of label) {
    const arms = chosen.filter((c) => c.item.studyId === studyId && c.item.key.item === 'arm');
    if (arms.length === 0 || skip.has(studyId)) continue;
    const entries = arms.map((c) => ({ arm: c.item.key.item === 'arm' ? c.item.key.arm : '', entry: c.item.data as ArmEntry, source: c.source }));
    try {
      const g = groupArms(entries, study);
      const sources = Object.fromEntries(entries.map((e) => [e.arm, e.source]));
      const source = [...new Set(entries.filter((e) => e.entry.group !== 'none').map((e) => e.source))].sort().join('+');
      const own = chars.get(studyId);
      const traits = names.map((n) => own?.[n] ?? NO_CHARACTERISTIC);
      rows.push([study, ...cells(g), source, `msc: ${describe(g.arms.msc)}; control: ${describe(g.arms.control)}`, ...traits.map((c) => c.value)]);
      notes.push({ study, studyId, sources, arms: g.arms, characteristics: Object.fromEntries(names.map((n, i) => [n, traits[i]])) });
      const disputed = names.filter((_, i) => traits[i].source === 'disputed');
      if (disputed.length > 0) {
        const one = disputed.length === 1;
        warnings.push(`${study}: extractors disagree on ${disputed.join(', ')} and nobody has reconciled ${one ? 'it' : 'them'}; ${one ? 'the cell is' : 'the cells are'} left empty.`);
      }
    } catch (e) {
      if (!(e instanceof ExtractionError || e instanceof InputError)) throw e;
      warnings.push(`${e.message.startsWith(`${study}: `) ? e.message : `${study}: ${e.message}`} The study is left out.`);
    }
  }
  const single = notes.filter((n) => Object.values(n.sources).includes('single') || Object.values(n.characteristics).some((c) => c.source === 'single')).map((n) => n.study);
  if (single.length > 0) warnings.push(`Values checked by one extractor only: ${single.join(', ')}.`);
  return {
    file: `outcome '${outcome.name}'`,
    columns: [...(outcome.type === 'binary' ? BINARY : CONTINUOUS), ...names],
    rows,
    lines: rows.map((_, i) => i + 2),
    outcome,
    notes,
    warnings,
  };
}
