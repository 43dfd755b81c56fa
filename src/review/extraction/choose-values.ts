/**
 * The value to analyse for each item: the reconciled value if there is one; otherwise the
 * extractors' value when they all entered the same; otherwise the one extractor's value
 * when only one extracted the item (marked so, since it is unchecked). Items on which
 * extractors disagree and nobody has reconciled are returned as `unresolved` and not chosen.
 */
import { canonicalJson } from './canonical-json.js';
import { itemKeyString } from './discrepancies.js';
import type { ExtractedItem } from './types.js';

export type Source = 'reconciled' | 'agreed' | 'single';

export interface ChosenValue {
  readonly item: ExtractedItem;
  readonly source: Source;
}

export function chooseValues(items: readonly ExtractedItem[], reconciled: readonly ExtractedItem[]): { chosen: ChosenValue[]; unresolved: ExtractedItem[][] } {
  const rec = new Map(reconciled.map((r) => [itemKeyString(r), r]));
  const groups = new Map<string, ExtractedItem[]>();
  for (const i of items) groups.set(itemKeyString(i), [...(groups.get(itemKeyString(i)) ?? []), i]);
  for (const k of rec.keys()) if (!groups.has(k)) groups.set(k, []);
  const chosen: ChosenValue[] = [];
  const unresolved: ExtractedItem[][] = [];
  for (const [k, g] of groups) {
    const r = rec.get(k);
    if (r) chosen.push({ item: r, source: 'reconciled' });
    else if (g.length === 1) chosen.push({ item: g[0], source: 'single' });
    else if (g.every((i) => canonicalJson(i.data) === canonicalJson(g[0].data))) chosen.push({ item: g[0], source: 'agreed' });
    else unresolved.push(g);
  }
  return { chosen, unresolved };
}
