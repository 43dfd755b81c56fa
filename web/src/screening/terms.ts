/**
 * The include and exclude term lists that highlight records: the project's, kept on the
 * server (GET/PUT /api/settings/highlight), so every reviewer sees the same marks. Owners
 * set them; the server trims them and keeps each once.
 */
import { apiGet, apiPut } from '../api/client.js';

export interface TermLists {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

export const NO_TERMS: TermLists = { include: [], exclude: [] };
const PATH = '/api/settings/highlight';

/** One term per line, comma or semicolon (full-width Chinese ones too). */
export const parseTerms = (text: string): string[] =>
  text
    .split(/[\n,;，；、]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export const loadTerms = (): Promise<TermLists> => apiGet<TermLists>(PATH);
export const saveTerms = (t: TermLists): Promise<TermLists> => apiPut<TermLists>(PATH, t);

export const sameTerms = (a: TermLists, b: TermLists): boolean => JSON.stringify([a.include, a.exclude]) === JSON.stringify([b.include, b.exclude]);
