/**
 * Two-person extraction compared field by field: for every item (a study's
 * characteristics, or one arm of one outcome) that any extractor entered, each field
 * whose value differs between extractors, or that one extractor left out, is a
 * discrepancy. An item with a later reconciled value is marked `reconciled` (the list
 * keeps it, so the agreement can be reported).
 */
import { canonicalJson } from './canonical-json.js';
import type { ExtractedItem, StudyId } from './types.js';

export interface Discrepancy {
  readonly studyId: StudyId;
  readonly item: 'characteristics' | 'arm';
  readonly outcome: string | null;
  readonly arm: string | null;
  /** "group", "type", a value field ("events", "sd" …) or a characteristic; "(item)" when an extractor has no entry at all. */
  readonly field: string;
  /** Each extractor's value (null where they gave none), by extractor id. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly reconciled: boolean;
}

export const itemKeyString = (i: Pick<ExtractedItem, 'studyId' | 'key'>): string =>
  JSON.stringify(i.key.item === 'arm' ? [i.studyId, 'arm', i.key.outcome, i.key.arm] : [i.studyId, 'characteristics']);

function fields(i: ExtractedItem): Record<string, unknown> {
  if (i.key.item === 'characteristics') return { ...i.data };
  const d = i.data as { group: string; value: Record<string, unknown> };
  return { group: d.group, ...d.value };
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

export function discrepancies(items: readonly ExtractedItem[], reconciled: readonly ExtractedItem[] = []): Discrepancy[] {
  const extractors = [...new Set(items.map((i) => i.extractor).filter((e): e is string => e !== null))].sort();
  const done = new Set(reconciled.map(itemKeyString));
  const byKey = new Map<string, ExtractedItem[]>();
  for (const i of items) if (i.extractor !== null) byKey.set(itemKeyString(i), [...(byKey.get(itemKeyString(i)) ?? []), i]);
  const out: Discrepancy[] = [];
  for (const [key, group] of byKey) {
    const first = group[0];
    const base = {
      studyId: first.studyId,
      item: first.key.item,
      outcome: first.key.item === 'arm' ? first.key.outcome : null,
      arm: first.key.item === 'arm' ? first.key.arm : null,
      reconciled: done.has(key),
    };
    const of = new Map(group.map((i) => [i.extractor as string, fields(i)]));
    if (of.size < extractors.length) {
      out.push({ ...base, field: '(item)', values: Object.fromEntries(extractors.map((e) => [e, of.has(e) ? 'entered' : null])) });
    }
    const names = [...new Set([...of.values()].flatMap((f) => Object.keys(f)))];
    for (const field of names) {
      const values = [...of.entries()].map(([e, f]) => [e, f[field] ?? null] as const);
      if (values.some(([, v]) => !same(v, values[0][1]))) out.push({ ...base, field, values: Object.fromEntries(values) });
    }
  }
  return out.sort((a, b) => a.studyId - b.studyId || a.item.localeCompare(b.item) || String(a.outcome).localeCompare(String(b.outcome)) || String(a.arm).localeCompare(String(b.arm)));
}
