/**
 * The counts of a PRISMA 2020 flow diagram (Page et al. 2021, BMJ 372:n71, figure 1 and
 * its templates for new and updated reviews), as read from COUNTS.json (the shape of
 * data/msc-autoimmune/prisma.json; fields in docs/prisma-counts.md). `null` means "not
 * stated by the source" and is drawn as "not reported", never as 0. Keys the diagram
 * does not use ($comment, review, source_url, flags, ...) are ignored.
 */
export type Count = number | null;

export interface NamedCount {
  readonly name: string;
  readonly n: Count;
}

export interface ReasonCount {
  readonly reason: string;
  readonly n: Count;
}

export interface PrismaCounts {
  readonly template: 'new' | 'updated';
  readonly previous?: { readonly studies: Count; readonly reports: Count };
  readonly identification: {
    /** Total records identified, when the sources are not itemised. */
    readonly records_identified: Count;
    readonly databases: Count | readonly NamedCount[];
    readonly registers: Count | readonly NamedCount[];
    readonly duplicates_removed: Count;
    readonly automation_removed: Count;
    readonly other_removed: Count;
  };
  readonly screening: { readonly screened: Count; readonly excluded: Count };
  readonly retrieval: { readonly sought: Count; readonly not_retrieved: Count };
  readonly eligibility: { readonly assessed: Count; readonly excluded: readonly ReasonCount[] };
  readonly included: { readonly studies: Count; readonly reports: Count };
  readonly other_methods?: {
    readonly sources: readonly NamedCount[];
    readonly sought: Count;
    readonly not_retrieved: Count;
    readonly assessed: Count;
    readonly excluded: readonly ReasonCount[];
  };
  /** Updated reviews: previous plus new studies and reports (default: their sums). */
  readonly total?: { readonly studies: Count; readonly reports: Count };
}

export class PrismaCountsError extends Error {
  constructor(field: string, expected: string, got: unknown) {
    super(`PRISMA counts: '${field}' should be ${expected}, not ${got === undefined ? 'missing' : JSON.stringify(got)}.`);
    this.name = 'PrismaCountsError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

function count(o: Obj, key: string, path: string): Count {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new PrismaCountsError(`${path}${key}`, 'a whole number ≥ 0 or null', v);
  return v;
}

function obj(o: Obj, key: string): Obj {
  const v = o[key];
  if (v === undefined) return {};
  if (!isObj(v)) throw new PrismaCountsError(key, 'an object', v);
  return v;
}

function list<T>(o: Obj, key: string, path: string, label: 'name' | 'reason'): T[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new PrismaCountsError(`${path}${key}`, `a list of {"${label}", "n"}`, v);
  return v.map((x, i) => {
    if (!isObj(x) || typeof x[label] !== 'string') throw new PrismaCountsError(`${path}${key}[${i}].${label}`, 'text', isObj(x) ? x[label] : x);
    return { [label]: x[label], n: count(x, 'n', `${path}${key}[${i}].`) } as T;
  });
}

/** A count, or a list of {name, n} (databases, registers). */
function sources(o: Obj, key: string, path: string): Count | NamedCount[] {
  return Array.isArray(o[key]) ? list<NamedCount>(o, key, path, 'name') : count(o, key, path);
}

/** A list of {reason, n}, or one count without reasons. */
function reasons(o: Obj, key: string, path: string): ReasonCount[] {
  const v = o[key];
  if (v === undefined || v === null || typeof v === 'number') return [{ reason: '', n: count(o, key, path) }];
  return list<ReasonCount>(o, key, path, 'reason');
}

export function prismaCounts(json: unknown): PrismaCounts {
  if (!isObj(json)) throw new PrismaCountsError('(top level)', 'an object', json);
  const template = json.template ?? (json.previous !== undefined ? 'updated' : 'new');
  if (template !== 'new' && template !== 'updated') throw new PrismaCountsError('template', '"new" or "updated"', json.template);
  const id = obj(json, 'identification');
  const [sc, re, el, inc] = ['screening', 'retrieval', 'eligibility', 'included'].map((k) => obj(json, k));
  const pair = (o: Obj, path: string) => ({ studies: count(o, 'studies', path), reports: count(o, 'reports', path) });
  const other = json.other_methods === undefined ? undefined : obj(json, 'other_methods');
  return {
    template,
    ...(template === 'updated' ? { previous: pair(obj(json, 'previous'), 'previous.') } : {}),
    identification: {
      records_identified: count(id, 'records_identified', 'identification.'),
      databases: sources(id, 'databases', 'identification.'),
      registers: sources(id, 'registers', 'identification.'),
      duplicates_removed: count(id, 'duplicates_removed', 'identification.'),
      automation_removed: count(id, 'automation_removed', 'identification.'),
      other_removed: count(id, 'other_removed', 'identification.'),
    },
    screening: { screened: count(sc, 'screened', 'screening.'), excluded: count(sc, 'excluded', 'screening.') },
    retrieval: { sought: count(re, 'sought', 'retrieval.'), not_retrieved: count(re, 'not_retrieved', 'retrieval.') },
    eligibility: { assessed: count(el, 'assessed', 'eligibility.'), excluded: reasons(el, 'excluded', 'eligibility.') },
    included: pair(inc, 'included.'),
    ...(other
      ? {
          other_methods: {
            sources: Array.isArray(other.sources) ? list<NamedCount>(other, 'sources', 'other_methods.', 'name') : [],
            sought: count(other, 'sought', 'other_methods.'),
            not_retrieved: count(other, 'not_retrieved', 'other_methods.'),
            assessed: count(other, 'assessed', 'other_methods.'),
            excluded: reasons(other, 'excluded', 'other_methods.'),
          },
        }
      : {}),
    ...(isObj(json.total) ? { total: pair(json.total, 'total.') } : {}),
  };
}
