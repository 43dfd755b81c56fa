/**
 * prisma.json: the review's PRISMA 2020 flow counts in the shape a flow diagram
 * needs. null means the source does not state the count (never 0); the flags
 * say what is unverified or does not add up.
 */
import { jsonReader, type JsonReader } from './json-reader.js';

export interface PrismaCounts {
  readonly review: string;
  readonly source_url: string;
  readonly identification: {
    /** Total records identified when the source gives no breakdown. */
    readonly records_identified: number | null;
    readonly databases: readonly { readonly name: string; readonly n: number }[] | null;
    readonly registers: number | null;
    readonly duplicates_removed: number | null;
    readonly other_removed: number | null;
  };
  readonly screening: { readonly screened: number | null; readonly excluded: number | null };
  readonly retrieval: { readonly sought: number | null; readonly not_retrieved: number | null };
  readonly eligibility: { readonly assessed: number | null; readonly excluded: readonly { readonly reason: string; readonly n: number }[] | null };
  readonly included: { readonly studies: number | null; readonly reports: number | null };
  readonly flags: readonly string[];
}

function count(j: JsonReader, v: unknown, p: string): number | null {
  const x = j.numberOrNull(v, p);
  if (x !== null && !(Number.isInteger(x) && x >= 0)) j.fail(p, `a count must be a whole number of at least 0 (got ${x})`);
  return x;
}

export function parsePrisma(json: unknown, file: string): PrismaCounts {
  const j = jsonReader(file);
  const o = j.object(json, '(top)');
  const id = j.object(o.identification, 'identification');
  const sc = j.object(o.screening, 'screening');
  const re = j.object(o.retrieval, 'retrieval');
  const el = j.object(o.eligibility, 'eligibility');
  const inc = j.object(o.included, 'included');
  const list = <T>(v: unknown, p: string, f: (x: Readonly<Record<string, unknown>>, q: string) => T): T[] | null =>
    v === null ? null : j.array(v, p).map((x, i) => f(j.object(x, `${p}[${i}]`), `${p}[${i}]`));
  return {
    review: j.string(o.review, 'review'),
    source_url: j.string(o.source_url, 'source_url'),
    identification: {
      records_identified: count(j, id.records_identified, 'identification.records_identified'),
      databases: list(id.databases, 'identification.databases', (x, q) => ({ name: j.string(x.name, `${q}.name`), n: count(j, x.n, `${q}.n`) ?? j.fail(`${q}.n`, 'a listed database needs its count') })),
      registers: count(j, id.registers, 'identification.registers'),
      duplicates_removed: count(j, id.duplicates_removed, 'identification.duplicates_removed'),
      other_removed: count(j, id.other_removed, 'identification.other_removed'),
    },
    screening: { screened: count(j, sc.screened, 'screening.screened'), excluded: count(j, sc.excluded, 'screening.excluded') },
    retrieval: { sought: count(j, re.sought, 'retrieval.sought'), not_retrieved: count(j, re.not_retrieved, 'retrieval.not_retrieved') },
    eligibility: {
      assessed: count(j, el.assessed, 'eligibility.assessed'),
      excluded: list(el.excluded, 'eligibility.excluded', (x, q) => ({ reason: j.string(x.reason, `${q}.reason`), n: count(j, x.n, `${q}.n`) ?? j.fail(`${q}.n`, 'an exclusion reason needs its count') })),
    },
    included: { studies: count(j, inc.studies, 'included.studies'), reports: count(j, inc.reports, 'included.reports') },
    flags: j.array(o.flags ?? [], 'flags').map((f, i) => j.string(f, `flags[${i}]`)),
  };
}
