/**
 * Study characteristics as columns of an analysis table (subgroups by MSC source, route,
 * disease …). Per study, the value of the characteristics chosen by chooseValues
 * (reconciled, agreed or a single extractor's). Characteristics are extracted as one item
 * per study, so extractors who differ on one field (say the dose) leave the whole item
 * unresolved; a field they all entered alike (a field left out counts as empty) is still
 * agreed, and only the fields they differ on are "disputed" and left empty until a
 * resolver reconciles them. Only the text characteristics can be columns.
 */
import { canonicalJson } from './canonical-json.js';
import type { ChosenValue, Source } from './choose-values.js';
import { ExtractionError, TEXT_CHARACTERISTICS, type ExtractedItem, type StudyCharacteristics, type StudyId } from './types.js';

export type TextCharacteristic = (typeof TEXT_CHARACTERISTICS)[number];

/** The names checked against TEXT_CHARACTERISTICS (repeats dropped); an unknown name is an ExtractionError naming the known ones. */
export function checkCharacteristicNames(names: readonly string[]): TextCharacteristic[] {
  const known: readonly string[] = TEXT_CHARACTERISTICS;
  for (const n of names) {
    if (!known.includes(n)) throw new ExtractionError(`Unknown study characteristic ${JSON.stringify(n)}: expected one of ${TEXT_CHARACTERISTICS.join(', ')}.`, n);
  }
  return [...new Set(names)] as TextCharacteristic[];
}

export interface CharacteristicCell {
  readonly value: string;
  /** How the value was chosen; "disputed" when the extractors differ unreconciled, "none" when nobody entered it. */
  readonly source: Source | 'disputed' | 'none';
}

export const NO_CHARACTERISTIC: CharacteristicCell = { value: '', source: 'none' };

/** The fields every entry of an (unresolved) group gives alike, and the fields they differ on. */
export function agreedCharacteristics(group: readonly ExtractedItem[]): { agreed: StudyCharacteristics; differ: string[] } {
  const data = group.map((i) => i.data as Record<string, unknown>);
  const fields = [...new Set(data.flatMap((d) => Object.keys(d)))];
  const agreed: Record<string, unknown> = {};
  const differ: string[] = [];
  for (const f of fields) {
    const v = data.map((d) => canonicalJson(d[f] ?? null));
    if (v.every((x) => x === v[0])) {
      if (data[0][f] !== undefined && data[0][f] !== null) agreed[f] = data[0][f];
    } else differ.push(f);
  }
  return { agreed: agreed as StudyCharacteristics, differ };
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Per study (that has characteristics entered), the cell of each named characteristic. */
export function characteristicCells(
  values: { readonly chosen: readonly ChosenValue[]; readonly unresolved: readonly (readonly ExtractedItem[])[] },
  names: readonly TextCharacteristic[],
): Map<StudyId, Readonly<Record<string, CharacteristicCell>>> {
  const out = new Map<StudyId, Record<string, CharacteristicCell>>();
  for (const c of values.chosen) {
    if (c.item.key.item !== 'characteristics') continue;
    const data = c.item.data as StudyCharacteristics;
    out.set(c.item.studyId, Object.fromEntries(names.map((n) => [n, text(data[n]) === '' ? NO_CHARACTERISTIC : { value: text(data[n]), source: c.source }])));
  }
  for (const g of values.unresolved) {
    if (g.length === 0 || g[0].key.item !== 'characteristics') continue;
    const { agreed, differ } = agreedCharacteristics(g);
    const cell = (n: TextCharacteristic): CharacteristicCell =>
      differ.includes(n) ? { value: '', source: 'disputed' } : text(agreed[n]) === '' ? NO_CHARACTERISTIC : { value: text(agreed[n]), source: 'agreed' };
    out.set(g[0].studyId, Object.fromEntries(names.map((n) => [n, cell(n)])));
  }
  return out;
}
