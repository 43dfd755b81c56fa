/**
 * What the screening view prints for one record: title, authors, journal, year, abstract
 * and keywords, with the project's include terms in green and exclude terms in red (plain
 * text markers when colour is off), and the keys to press.
 */
import type { BibRecord } from '../../review/records/types.js';

export interface Highlight {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

const GREEN = '\x1b[1;32m';
const RED = '\x1b[1;31m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Marks every occurrence of the terms, case-insensitively; Chinese terms match inside words. */
export function highlight(text: string, terms: Highlight, colour: boolean): string {
  const marks: [readonly string[], string, string][] = [
    [terms.include, colour ? GREEN : '[+', colour ? RESET : ']'],
    [terms.exclude, colour ? RED : '[-', colour ? RESET : ']'],
  ];
  let out = text;
  for (const [list, open, close] of marks) {
    const words = list.filter((t) => t.trim() !== '').map(escapeRegExp);
    if (words.length === 0) continue;
    out = out.replace(new RegExp(`(${words.join('|')})`, 'gi'), `${open}$1${close}`);
  }
  return out;
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  for (const para of text.split(/\n+/)) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      if (line.length + word.length + 1 > width && line !== '') {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') lines.push(line);
  }
  return lines.join('\n');
}

export function renderRecord(
  r: { id: number; record: BibRecord },
  position: { index: number; total: number; mine: string | null },
  opts: { terms: Highlight; colour: boolean; width: number; fullText: boolean },
): string {
  const b = r.record;
  const h = (s: string) => highlight(s, opts.terms, opts.colour);
  const bold = (s: string) => (opts.colour ? `${BOLD}${s}${RESET}` : s);
  const lines = [
    `Record ${r.id}  (${position.index + 1} of ${position.total})${position.mine ? `  your decision: ${position.mine}` : ''}`,
    '',
    bold(h(wrap(b.title, opts.width))),
    b.altTitle ? h(wrap(b.altTitle, opts.width)) : '',
    wrap(b.authors.join(', '), opts.width),
    [b.journal, b.year, b.volume && `${b.volume}${b.issue ? `(${b.issue})` : ''}`, b.pages].filter(Boolean).join('; '),
    '',
    b.abstract ? h(wrap(b.abstract, opts.width)) : '(no abstract)',
    b.keywords && b.keywords.length > 0 ? `\nKeywords: ${h(b.keywords.join('; '))}` : '',
    '',
    opts.fullText
      ? '[i] include  [e] exclude (then the reason)  [m] maybe  [b] back  [s] skip  [q] quit'
      : '[i] include  [e] exclude  [m] maybe  [b] back  [s] skip  [q] quit',
  ];
  return lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n') + '\n';
}
