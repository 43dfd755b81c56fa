/**
 * Brings a DOI to the canonical form used for matching: resolver prefixes
 * ("https://doi.org/", "http://dx.doi.org/", "doi:") and trailing punctuation removed,
 * and lower case, since DOI names are case-insensitive (DOI Handbook 2.4, "Case
 * sensitivity"). Returns undefined when no "10." prefix is found.
 *   normaliseDoi('https://doi.org/10.1080/1097198X.2004.10856384.') // '10.1080/1097198x.2004.10856384'
 */
export function normaliseDoi(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const m = /10\.\d{4,9}\/\S+/.exec(decodeURIComponentSafe(raw.trim()));
  if (!m) return undefined;
  return m[0].replace(/[.,;:)\]}>]+$/, '').toLowerCase();
}

function decodeURIComponentSafe(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
