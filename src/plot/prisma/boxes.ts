/**
 * The wording of each box of the PRISMA 2020 flow diagram, as in the templates of Page
 * et al. 2021 (BMJ 372:n71, figure 1; prisma-statement.org flow diagram templates).
 * A count the source does not state reads "not reported".
 */
import type { Paragraph } from '../marks/box.js';
import type { Count, NamedCount, PrismaCounts, ReasonCount } from './counts.js';

/** 12345 → "n = 12,345"; null → "n = not reported". */
export function n(x: Count): string {
  return x === null ? 'n = not reported' : `n = ${String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

const sum = (xs: readonly Count[]): Count => (xs.some((x) => x === null) ? null : xs.reduce<number>((s, x) => s + x!, 0));

function sources(kind: string, v: Count | readonly NamedCount[]): Paragraph[] {
  if (!Array.isArray(v)) return v === null ? [] : [{ text: `${kind} (${n(v as Count)})`, indent: 1 }];
  const list = v as readonly NamedCount[];
  // an empty list (e.g. no register searched yet) reads "Registers (n = 0)", with no dangling colon
  if (list.length === 0) return [{ text: `${kind} (${n(0)})`, indent: 1 }];
  return [{ text: `${kind} (${n(sum(list.map((x) => x.n)))}):`, indent: 1 }, ...list.map((x) => ({ text: `${x.name} (${n(x.n)})`, indent: 2 }))];
}

function excluded(title: string, rs: readonly ReasonCount[]): Paragraph[] {
  if (rs.length === 1 && rs[0].reason === '') return [{ text: title }, { text: `(${n(rs[0].n)})` }];
  if (rs.length === 0) return [{ text: title }, { text: `(${n(0)})` }];
  return [{ text: `${title}:` }, ...rs.map((r) => ({ text: `${r.reason} (${n(r.n)})`, indent: 2 }))];
}

export function prismaBoxes(c: PrismaCounts) {
  const id = c.identification;
  const updated = c.template === 'updated';
  const o = c.other_methods;
  const listed = [...sources('Databases', id.databases), ...sources('Registers', id.registers)];
  const total = c.total ?? (c.previous ? { studies: sum([c.previous.studies, c.included.studies]), reports: sum([c.previous.reports, c.included.reports]) } : undefined);
  return {
    identified: listed.length === 0 ? [{ text: 'Records identified' }, { text: `(${n(id.records_identified)})` }] : [{ text: 'Records identified from:' }, ...listed],
    removed: [
      { text: 'Records removed before screening:' },
      { text: `Duplicate records removed (${n(id.duplicates_removed)})`, indent: 1 },
      { text: `Records marked as ineligible by automation tools (${n(id.automation_removed)})`, indent: 1 },
      { text: `Records removed for other reasons (${n(id.other_removed)})`, indent: 1 },
    ],
    screened: [{ text: 'Records screened' }, { text: `(${n(c.screening.screened)})` }],
    screenExcluded: [{ text: 'Records excluded' }, { text: `(${n(c.screening.excluded)})` }],
    sought: [{ text: 'Reports sought for retrieval' }, { text: `(${n(c.retrieval.sought)})` }],
    notRetrieved: [{ text: 'Reports not retrieved' }, { text: `(${n(c.retrieval.not_retrieved)})` }],
    assessed: [{ text: 'Reports assessed for eligibility' }, { text: `(${n(c.eligibility.assessed)})` }],
    assessedExcluded: excluded('Reports excluded', c.eligibility.excluded),
    included: updated
      ? [{ text: `New studies included in review (${n(c.included.studies)})` }, { text: `Reports of new included studies (${n(c.included.reports)})` }]
      : [{ text: `Studies included in review (${n(c.included.studies)})` }, { text: `Reports of included studies (${n(c.included.reports)})` }],
    previous: c.previous && [
      { text: `Studies included in previous version of review (${n(c.previous.studies)})` },
      { text: `Reports of studies included in previous version of review (${n(c.previous.reports)})` },
    ],
    total: total && updated
      ? [{ text: `Total studies included in review (${n(total.studies)})` }, { text: `Reports of total included studies (${n(total.reports)})` }]
      : undefined,
    other: o && {
      identified: [{ text: 'Records identified from:' }, ...o.sources.map((s) => ({ text: `${s.name} (${n(s.n)})`, indent: 1 }))],
      sought: [{ text: 'Reports sought for retrieval' }, { text: `(${n(o.sought)})` }],
      notRetrieved: [{ text: 'Reports not retrieved' }, { text: `(${n(o.not_retrieved)})` }],
      assessed: [{ text: 'Reports assessed for eligibility' }, { text: `(${n(o.assessed)})` }],
      assessedExcluded: excluded('Reports excluded', o.excluded),
    },
  };
}
