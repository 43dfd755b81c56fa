/**
 * One key per decision. Letters are the English initials in both languages (the hints
 * on screen say so); number keys pick a full-text exclusion reason.
 */
import type { Verdict } from '../api/types.js';

export type KeyAction = { readonly kind: 'verdict'; readonly verdict: Verdict } | { readonly kind: 'undo' } | { readonly kind: 'cancel' } | { readonly kind: 'reason'; readonly index: number };

export const VERDICT_KEYS: readonly (readonly [string, Verdict])[] = [
  ['I', 'include'],
  ['E', 'exclude'],
  ['M', 'maybe'],
];

export function keyAction(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): KeyAction | undefined {
  if (e.altKey) return undefined;
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') return { kind: 'undo' };
  if (e.ctrlKey || e.metaKey) return undefined;
  if (e.key === 'Escape') return { kind: 'cancel' };
  if (e.key === 'u' || e.key === 'U' || e.key === 'Backspace') return { kind: 'undo' };
  if (/^[1-9]$/.test(e.key)) return { kind: 'reason', index: Number(e.key) - 1 };
  const hit = VERDICT_KEYS.find(([k]) => k === e.key.toUpperCase());
  return hit === undefined ? undefined : { kind: 'verdict', verdict: hit[1] };
}

/** Typing in a form field is not a decision. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
