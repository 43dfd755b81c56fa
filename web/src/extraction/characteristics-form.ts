/**
 * A study's characteristics as the form holds them (text in each box) and what they mean:
 * the values to save, checked as you type by the core's own rule (checkCharacteristics,
 * the one the server applies) field by field, so every field at fault is marked at once.
 * An empty box is left out: "not extracted", not an empty text.
 */
import { checkCharacteristics } from '../../../src/review/extraction/check-characteristics.js';
import { COUNT_CHARACTERISTICS, ExtractionError, type StudyCharacteristics, type TEXT_CHARACTERISTICS } from '../../../src/review/extraction/types.js';

export type CharacteristicField = (typeof TEXT_CHARACTERISTICS)[number] | (typeof COUNT_CHARACTERISTICS)[number];
export type CharacteristicsDraft = Readonly<Partial<Record<CharacteristicField, string>>>;

/** The fields in the order of the form: the trial's question first, then its design and counts. */
export const CHARACTERISTIC_FIELDS: readonly CharacteristicField[] = [
  'disease', 'condition', 'msc_source', 'msc_source_detail', 'dose', 'route', 'co_therapy', 'control',
  'n_msc', 'n_control', 'arm_sizes', 'follow_up', 'registration', 'notes',
];
export const isCount = (f: CharacteristicField): boolean => (COUNT_CHARACTERISTICS as readonly string[]).includes(f);

export type CharacteristicsCheck =
  | { readonly ok: true; readonly values: StudyCharacteristics }
  | { readonly ok: false; readonly problems: Readonly<Partial<Record<CharacteristicField, string>>> };

/** A count box's text as the value the core judges: a number when it reads as one, else the text (which the core names). */
const countValue = (text: string): unknown => (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : text);

export function checkCharacteristicsDraft(d: CharacteristicsDraft): CharacteristicsCheck {
  const values: Record<string, unknown> = {};
  const problems: Partial<Record<CharacteristicField, string>> = {};
  for (const f of CHARACTERISTIC_FIELDS) {
    const text = (d[f] ?? '').trim();
    if (text === '') continue;
    const v = isCount(f) ? countValue(text) : text;
    try {
      checkCharacteristics({ [f]: v } as StudyCharacteristics);
      values[f] = v;
    } catch (e) {
      if (!(e instanceof ExtractionError)) throw e;
      problems[f] = e.message;
    }
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, values: values as StudyCharacteristics };
}

/** Saved characteristics back in the form's boxes. */
export function draftOfCharacteristics(c: StudyCharacteristics): CharacteristicsDraft {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, String(v)]));
}
