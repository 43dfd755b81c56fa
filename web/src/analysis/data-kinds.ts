/**
 * The kinds of data a study table can hold: which metafor-named columns each kind has
 * and which escalc measures read them (metafor 3.8, ?escalc "Specifying the Data").
 */
import type { Measure } from '../../../src/stats/effects/types.js';
import type { MessageKey } from '../i18n/en.js';

export type DataKind =
  | 'binary' | 'continuous' | 'proportion' | 'mean' | 'correlation'
  | 'rate' | 'rates' | 'change' | 'yi-vi' | 'yi-sei';

export interface KindSpec {
  readonly kind: DataKind;
  /** metafor's input names, in the order the table shows them. */
  readonly columns: readonly string[];
  readonly measures: readonly Measure[];
  /** Label key of a column when it differs from `col.<name>`. */
  readonly labels?: Readonly<Record<string, MessageKey>>;
}

export const KINDS: readonly KindSpec[] = [
  { kind: 'binary', columns: ['ai', 'n1i', 'ci', 'n2i'], measures: ['RR', 'OR', 'RD', 'PETO'] },
  { kind: 'continuous', columns: ['m1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i'], measures: ['MD', 'SMD', 'SMDH', 'ROM'] },
  { kind: 'proportion', columns: ['xi', 'ni'], measures: ['PR', 'PLN', 'PLO', 'PAS', 'PFT'] },
  { kind: 'mean', columns: ['mi', 'sdi', 'ni'], measures: ['MN', 'MNLN'] },
  { kind: 'correlation', columns: ['ri', 'ni'], measures: ['COR', 'ZCOR'] },
  { kind: 'rate', columns: ['xi', 'ti'], measures: ['IR', 'IRLN'] },
  { kind: 'rates', columns: ['x1i', 't1i', 'x2i', 't2i'], measures: ['IRR', 'IRD'] },
  {
    kind: 'change',
    columns: ['m1i', 'sd1i', 'm2i', 'sd2i', 'ni', 'ri'],
    measures: ['MC', 'SMCR'],
    labels: { m1i: 'col.m1i.change', m2i: 'col.m2i.change', sd1i: 'col.sd1i.change', sd2i: 'col.sd2i.change', ri: 'col.ri.change' },
  },
  { kind: 'yi-vi', columns: ['yi', 'vi'], measures: ['GEN'] },
  { kind: 'yi-sei', columns: ['yi', 'sei'], measures: ['GEN'] },
];

export function kindSpec(kind: DataKind): KindSpec {
  return KINDS.find((k) => k.kind === kind)!;
}

export function columnLabel(spec: KindSpec, column: string): MessageKey {
  return spec.labels?.[column] ?? (`col.${column}` as MessageKey);
}

/** The kind whose columns a file has, trying the richer kinds first (two groups before one). */
export function kindOfColumns(columns: readonly string[]): DataKind | undefined {
  const has = new Set(columns);
  if (['ai', 'ci'].every((c) => has.has(c)) && (has.has('n1i') || has.has('bi'))) return 'binary';
  return KINDS.find((k) => k.columns.every((c) => has.has(c)))?.kind;
}
