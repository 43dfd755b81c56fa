/**
 * The PRISMA page's form state (counts as typed, reasons and named sources as lists) and
 * the counts JSON it stands for (docs/prisma-counts.md). An empty box is null, "not
 * reported"; anything that is not a whole number is passed on as typed so prismaCounts
 * names the field. The form starts from the example, or from the ledger's live counts
 * when the reviewer chooses to edit those by hand.
 */
import example from '../../../data/msc-autoimmune/prisma.json';
import type { Count, NamedCount, PrismaCounts } from '../../../src/plot/prisma/counts.js';

export const COUNT_FIELDS = [
  'previous.studies', 'previous.reports',
  'identification.records_identified', 'identification.databases', 'identification.registers',
  'identification.duplicates_removed', 'identification.automation_removed', 'identification.other_removed',
  'screening.screened', 'screening.excluded',
  'retrieval.sought', 'retrieval.not_retrieved',
  'eligibility.assessed',
  'included.studies', 'included.reports',
] as const;

export type CountField = (typeof COUNT_FIELDS)[number];

/** Sources that may be itemised by name: a non-empty list replaces the field's single count. */
export const SOURCE_LISTS = ['databases', 'registers'] as const;
export type SourceList = (typeof SOURCE_LISTS)[number];

export interface NamedRow {
  readonly name: string;
  readonly n: string;
}

export interface PrismaForm {
  readonly template: 'new' | 'updated';
  readonly counts: Readonly<Record<CountField, string>>;
  readonly reasons: readonly { readonly reason: string; readonly n: string }[];
  readonly sources: Readonly<Record<SourceList, readonly NamedRow[]>>;
}

const value = (s: string): number | string | null => {
  const x = s.trim();
  if (x === '') return null;
  return /^\d+$/.test(x) ? Number(x) : x;
};

export function formToJson(f: PrismaForm): Record<string, unknown> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const field of COUNT_FIELDS) {
    const [section, key] = field.split('.') as [string, string];
    if (section === 'previous' && f.template === 'new') continue;
    (out[section] ??= {})[key] = value(f.counts[field]);
  }
  for (const k of SOURCE_LISTS) {
    const rows = f.sources[k];
    if (rows.length > 0) out.identification[k] = rows.map((r) => ({ name: r.name, n: value(r.n) }));
  }
  (out.eligibility ??= {}).excluded = f.reasons.map((r) => ({ reason: r.reason, n: value(r.n) }));
  return { template: f.template, ...out };
}

type Json = Record<string, Record<string, unknown> | undefined>;
const text = (v: unknown) => (typeof v === 'number' ? String(v) : '');

function fromJson(j: Json, template: 'new' | 'updated'): PrismaForm {
  const sources = { databases: [] as NamedRow[], registers: [] as NamedRow[] };
  const get = (field: CountField) => {
    const [section, key] = field.split('.') as [string, string];
    const v = j[section]?.[key];
    if (section === 'identification' && Array.isArray(v)) {
      const rows = (v as NamedCount[]).map((r) => ({ name: r.name, n: text(r.n) }));
      // a source list the ledger gives empty is a count of nothing: 0, not "not reported"
      if (rows.length === 0) return '0';
      sources[key as SourceList] = rows;
      return '';
    }
    return text(v);
  };
  const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, get(f)])) as Record<CountField, string>;
  const excluded = (j.eligibility?.excluded ?? []) as { reason: string; n: Count }[];
  return { template, counts, sources, reasons: excluded.map((r) => ({ reason: r.reason, n: text(r.n) })) };
}

export const exampleForm = (): PrismaForm => fromJson(example as unknown as Json, 'new');

/** The ledger's counts in the form's boxes, to be corrected by hand. */
export const formFromCounts = (c: PrismaCounts): PrismaForm => fromJson(c as unknown as Json, c.template);
