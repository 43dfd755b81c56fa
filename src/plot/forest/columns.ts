/**
 * The text columns of a forest plot and their headers. RevMan 5: study, per-arm data
 * (events and total, or mean, SD and total, under the arm's name), weight, effect with
 * CI, then the graph. metafor (forest.rma): study, graph, weight, effect with CI.
 */
import { measureName, methodLabel } from './labels.js';
import type { ForestRow } from './rows.js';
import type { ForestArms, ForestResult } from './types.js';

export type Align = 'start' | 'end';

export interface TextColumn {
  readonly key: string;
  /** Header lines: [upper, lower]. */
  readonly header: readonly [string, string];
  /** Name spanning several columns on the upper header line (an arm). */
  readonly group?: string;
  readonly align: Align;
  readonly cell: (r: ForestRow) => string;
}

export interface ColumnPlan {
  /** Columns left of the graph (study first), then those right of it. */
  readonly left: readonly TextColumn[];
  readonly right: readonly TextColumn[];
  readonly graphHeader: readonly [string, string];
}

function armColumns(arms: ForestArms | undefined, names: readonly [string, string]): TextColumn[] {
  if (arms === undefined) return [];
  const fields = arms.kind === 'binary' ? ['Events', 'Total'] : ['Mean', 'SD', 'Total'];
  return names.flatMap((group, a) =>
    fields.map((f, j) => ({ key: `arm${a}${f}`, header: ['', f] as const, group, align: 'end' as const, cell: (r: ForestRow) => r.cells[a * fields.length + j] ?? '' })),
  );
}

export function columnPlan(result: ForestResult, layout: 'revman' | 'metafor', arms: ForestArms | undefined, names: readonly [string, string]): ColumnPlan {
  const name = measureName(result.measure);
  const method = methodLabel(result.method, result.level);
  const study: TextColumn = { key: 'study', header: ['', 'Study or Subgroup'], align: 'start', cell: (r) => r.label };
  const weight: TextColumn = { key: 'weight', header: ['', 'Weight'], align: 'end', cell: (r) => r.weight };
  const effect: TextColumn = { key: 'effect', header: [name, method], align: 'start', cell: (r) => r.effect };
  if (layout === 'metafor') {
    const pct = `${Number(result.level.toFixed(2))}% CI`;
    return { left: [{ ...study, header: ['', 'Study'] }], right: [weight, { ...effect, header: ['', `${name} [${pct}]`] }], graphHeader: ['', ''] };
  }
  return { left: [study, ...armColumns(arms, names), weight, effect], right: [], graphHeader: [name, method] };
}
