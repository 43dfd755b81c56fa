/**
 * The include and exclude term lists that highlight records. Kept in this browser's
 * localStorage for now (per project once the server stores them).
 */
export interface TermLists {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

const KEY = 'metasift.screening.terms';
export const NO_TERMS: TermLists = { include: [], exclude: [] };

/** One term per line or comma. */
export const parseTerms = (text: string): string[] =>
  text
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function loadTerms(): TermLists {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null') as Partial<TermLists> | null;
    const list = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
    return v === null ? NO_TERMS : { include: list(v.include), exclude: list(v.exclude) };
  } catch {
    return NO_TERMS;
  }
}

export function saveTerms(t: TermLists): void {
  globalThis.localStorage?.setItem(KEY, JSON.stringify(t));
}
