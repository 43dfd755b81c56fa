/**
 * Splits text into runs marked by the include and exclude term lists, case-insensitive,
 * longest term first so "stem cell" wins over "stem". A term must start a word ("cell"
 * marks "cells", not "excellent"), except a Chinese term, which may start anywhere:
 * Chinese has no spaces between words. A term on both lists counts as exclude: a warning
 * sign is the one a screener must not miss.
 */
export type Mark = 'include' | 'exclude' | null;
export interface Run {
  readonly text: string;
  readonly mark: Mark;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function highlight(text: string, include: readonly string[], exclude: readonly string[]): Run[] {
  const kind = new Map<string, Mark>();
  for (const t of include) if (t.trim() !== '') kind.set(t.trim().toLowerCase(), 'include');
  for (const t of exclude) if (t.trim() !== '') kind.set(t.trim().toLowerCase(), 'exclude');
  if (kind.size === 0 || text === '') return [{ text, mark: null }];
  const terms = [...kind.keys()].sort((a, b) => b.length - a.length);
  const han = (t: string) => /^\p{Script=Han}/u.test(t);
  const alt = (ts: string[]) => ts.map(escape).join('|');
  const words = terms.filter((t) => !han(t));
  const chinese = terms.filter(han);
  const parts = [words.length > 0 && `(?<![\\p{L}\\p{N}])(?:${alt(words)})`, chinese.length > 0 && `(?:${alt(chinese)})`].filter(Boolean);
  const re = new RegExp(parts.join('|'), 'giu');
  const out: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), mark: null });
    out.push({ text: m[0], mark: kind.get(m[0].toLowerCase()) ?? null });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}
