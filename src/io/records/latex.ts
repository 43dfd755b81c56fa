/**
 * LaTeX as BibTeX files carry it, to Unicode text: accent commands (`{\"u}` ü,
 * `\'{e}` é, `\c{c}` ç, `\v s` š; Lamport, "LaTeX" 2nd ed., Table 3.1) through
 * combining marks and NFC; the special letters (\ss ß, \o ø, \ae æ, \l ł, \i ı)
 * and escaped characters (\& \% \$ \_ \#); a few Greek letters common in medical
 * titles; other commands keep their argument (`\emph{x}` x); grouping braces go.
 */
const ACCENTS: Readonly<Record<string, string>> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  c: '\u0327', v: '\u030c', u: '\u0306', H: '\u030b', k: '\u0328', r: '\u030a', d: '\u0323', b: '\u0331',
};
const LETTERS: Readonly<Record<string, string>> = {
  ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', kappa: 'κ', lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', tau: 'τ', omega: 'ω',
  Delta: 'Δ', textendash: '–', textemdash: '—', textregistered: '®', texttrademark: '™', textdegree: '°', pm: '±', times: '×', leq: '≤', geq: '≥',
};
const ESCAPED = /\\([&%$_#{}])/g;
const SYMBOL_ACCENT = /\\(["'`^~=.])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))/g;
const LETTER_ACCENT = /\\([cvuHkrdb])(?:\s*\{\s*(\\?[A-Za-z])\s*\}|\s+([A-Za-z]))/g;
const NAMED = /\\([A-Za-z]+)\s*(?:\{\})?/g;

function accent(mark: string, base: string): string {
  const letter = base === '\\i' ? 'i' : base === '\\j' ? 'j' : base.replace(/^\\/, '');
  return (letter + ACCENTS[mark]).normalize('NFC');
}

export function latexToUnicode(value: string): string {
  if (!/[\\{}$~]/.test(value)) return value.replace(/\s+/g, ' ').trim();
  const held: string[] = [];
  return value
    .replace(ESCAPED, (_, c: string) => `\uE000${held.push(c) - 1}\uE000`)
    .replace(SYMBOL_ACCENT, (_, mark: string, a?: string, b?: string) => accent(mark, a ?? b ?? ''))
    .replace(LETTER_ACCENT, (_, mark: string, a?: string, b?: string) => accent(mark, a ?? b ?? ''))
    .replace(NAMED, (whole, name: string) => LETTERS[name] ?? '')
    .replace(/[{}$]/g, '')
    .replace(/~/g, ' ')
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => held[Number(i)])
    .replace(/\s+/g, ' ')
    .trim();
}
