/**
 * The study characteristics in plain words, for messages and reports written for people
 * rather than programmers ("MSC source", not msc_source). Lower case except where the
 * words are a name or an abbreviation, so that they read inside a sentence; capitalise
 * for the start of one.
 */
import type { COUNT_CHARACTERISTICS, TEXT_CHARACTERISTICS } from './types.js';

type Characteristic = (typeof TEXT_CHARACTERISTICS)[number] | (typeof COUNT_CHARACTERISTICS)[number];

export const CHARACTERISTIC_LABELS: Readonly<Record<Characteristic, string>> = {
  disease: 'disease',
  condition: 'condition (detail)',
  msc_source: 'MSC source',
  msc_source_detail: 'MSC source (detail)',
  dose: 'dose',
  route: 'route',
  co_therapy: 'co-therapy',
  control: 'control',
  arm_sizes: 'arm sizes as reported',
  follow_up: 'follow-up',
  registration: 'trial registration',
  notes: 'notes',
  n_msc: 'participants in the MSC arm',
  n_control: 'participants in the control arm',
};

/** "MSC source" for msc_source; an unknown name as it is. */
export const characteristicLabel = (name: string): string => (CHARACTERISTIC_LABELS as Readonly<Record<string, string>>)[name] ?? name;

/** "MSC source", "MSC source and route", "dose, route and control". */
export function characteristicsWords(names: readonly string[]): string {
  const words = names.map(characteristicLabel);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
