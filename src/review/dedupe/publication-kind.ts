/**
 * The broad kind of publication a record's type names, across the vocabularies of
 * BibTeX (article, inproceedings), RIS (JOUR, CONF, CPAPER, ABST, BOOK, CHAP, THES, RPRT)
 * and MEDLINE publication types ("Journal Article", "Congress"). A conference paper and
 * the journal article that grew from it often share title and authors but are distinct
 * publications (special_cases in the benchmark data), so a kind mismatch blocks an
 * automatic merge. Unknown types give undefined: no evidence either way.
 */
export type PublicationKind = 'journal' | 'conference' | 'book' | 'thesis' | 'report';

const KINDS: readonly [PublicationKind, RegExp][] = [
  ['conference', /^(?:inproceedings|proceedings|conference|conf|cpaper|abst|congress|meeting|conference (?:paper|abstract|proceeding)s?)$/],
  ['journal', /^(?:article|jour|ejour|journal article|journal|review|letter|editorial|comment|erratum)$/],
  ['book', /^(?:book|inbook|incollection|chap|chapter|book section|edbook)$/],
  ['thesis', /^(?:phdthesis|mastersthesis|thes|thesis|dissertation)$/],
  ['report', /^(?:techreport|rprt|report)$/],
];

/**
 * Whether two kinds can be one publication: proceedings are often catalogued as book
 * chapters (LNCS, CCIS), so only a journal article against anything else conflicts.
 */
export function kindsConflict(a: PublicationKind | undefined, b: PublicationKind | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b && (a === 'journal' || b === 'journal');
}

export function publicationKind(type: string | undefined): PublicationKind | undefined {
  if (type === undefined) return undefined;
  const t = type.trim().toLowerCase();
  for (const [kind, re] of KINDS) if (re.test(t)) return kind;
  return undefined;
}
