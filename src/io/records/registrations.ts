/**
 * Trial registration numbers found anywhere in a record's text, in the forms the
 * WHO ICTRP primary registries give them (ClinicalTrials.gov NCT, ChiCTR, ISRCTN,
 * EU-CTR/EudraCT, CTRI, ANZCTR, DRKS, UMIN/jRCT, CRIS KCT, IRCT, PACTR, NTR, CTIS).
 * They are exact keys for deduplication, so each is returned in one canonical
 * spelling: upper case, no spaces; EudraCT numbers (bare dates otherwise) only
 * when named, as "EudraCT 2004-000123-45".
 */
const PATTERNS: readonly RegExp[] = [
  /\bNCT\d{8}(?!\d)/gi,
  /\bChiCTR-?(?:[A-Z]{2,4}-)?\d{6,}/gi,
  /\bISRCTN\d{8}(?!\d)/gi,
  /\bCTRI\/\d{4}\/\d{2,3}\/\d{6}(?!\d)/gi,
  /\bACTRN\d{14}(?!\d)/gi,
  /\bDRKS\d{8}(?!\d)/gi,
  /\b(?:JPRN-)?UMIN\d{9}(?!\d)/gi,
  /\bjRCT[a-z]?\d{9,10}(?!\d)/g,
  /\bKCT\d{7}(?!\d)/gi,
  /\bIRCT\d{8,}N\d+/gi,
  /\bPACTR\d{15}(?!\d)/gi,
  /\bNTR\d{3,5}(?!\d)/g,
  /\b\d{4}-5\d{5}-\d{2}-\d{2}(?!\d)/g,
];
const EUDRACT = /\b(?:EudraCT|EUCTR)(?:\s*(?:No\.?|number|#)?\s*:?\s*)(\d{4}-\d{6}-\d{2})(?!\d)/gi;

// one cheap scan decides whether a text is worth the thirteen patterns (most are not)
const ANY = /NCT|ChiCTR|ISRCTN|CTRI|ACTRN|DRKS|UMIN|jRCT|KCT|IRCT|PACTR|NTR|Eudra|EUCTR|\d{4}-5\d{5}-/i;

function canonical(id: string): string {
  if (/^jrct/i.test(id)) return `jRCT${id.slice(4)}`;
  return id.toUpperCase().replace(/^CHICTR/, 'ChiCTR');
}

export function findRegistrations(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!ANY.test(text)) continue;
    for (const pattern of PATTERNS) for (const m of text.matchAll(pattern)) found.add(canonical(m[0]));
    for (const m of text.matchAll(EUDRACT)) found.add(`EudraCT ${m[1]}`);
  }
  return [...found];
}
