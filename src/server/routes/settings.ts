/**
 * Project settings the web app reads: the screening page's highlight terms, include and
 * exclude lists kept in the project (store settings 'screening.highlight.include' and
 * '.exclude'), so every reviewer sees the same marks. Everyone signed in reads them;
 * owners set them, both lists at once. Terms are trimmed and kept once each
 * (case-insensitive), in order.
 */
import { Hono } from 'hono';
import type { ReviewStore } from '../../store/review-store.js';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { highlightBody } from '../schemas.js';
import { allow, OWN, READ } from '../security/roles.js';
import { jsonBody } from '../validate.js';

export const HIGHLIGHT_KEYS = { include: 'screening.highlight.include', exclude: 'screening.highlight.exclude' } as const;

export interface HighlightTerms {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

const once = (terms: readonly string[]): string[] => {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
};

/** The stored lists; anything that is not a list of text (never written by this route) reads as none. */
export function highlightTerms(store: ReviewStore): HighlightTerms {
  const list = (key: string) => {
    const v = store.setting(key);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  };
  return { include: list(HIGHLIGHT_KEYS.include), exclude: list(HIGHLIGHT_KEYS.exclude) };
}

export function settingsRoutes({ store }: Deps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/settings/highlight', allow(READ), (c) => c.json(highlightTerms(store)))
    .put('/settings/highlight', allow(OWN), async (c) => {
      const b = await jsonBody(c, highlightBody);
      // both lists in one transaction: a failure keeps the previous pair, never a new include with an old exclude
      store.setSettings({ [HIGHLIGHT_KEYS.include]: once(b.include), [HIGHLIGHT_KEYS.exclude]: once(b.exclude) });
      return c.json(highlightTerms(store));
    });
}
