/**
 * The PRISMA page's form state (counts as typed, reasons as a list) and the counts JSON
 * it stands for (docs/prisma-counts.md). An empty box is null, "not reported"; anything
 * that is not a whole number is passed on as typed so prismaCounts names the field.
 */
import example from '../../../data/msc-autoimmune/prisma.json';

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

export interface PrismaForm {
  readonly template: 'new' | 'updated';
  readonly counts: Readonly<Record<CountField, string>>;
  readonly reasons: readonly { readonly reason: string; readonly n: string }[];
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
  (out.eligibility ??= {}).excluded = f.reasons.map((r) => ({ reason: r.reason, n: value(r.n) }));
  return { template: f.template, ...out };
}

type Json = Record<string, Record<string, unknown> | undefined>;

export function exampleForm(): PrismaForm {
  const j = example as unknown as Json;
  const get = (field: CountField) => {
    const [section, key] = field.split('.') as [string, string];
    const v = j[section]?.[key];
    return typeof v === 'number' ? String(v) : '';
  };
  const excluded = (j.eligibility?.excluded ?? []) as { reason: string; n: number | null }[];
  return {
    template: 'new',
    counts: Object.fromEntries(COUNT_FIELDS.map((f) => [f, get(f)])) as Record<CountField, string>,
    reasons: excluded.map((r) => ({ reason: r.reason, n: r.n === null ? '' : String(r.n) })),
  };
}
