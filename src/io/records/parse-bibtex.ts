/**
 * BibTeX's database syntax, after Patashnik, "BiBTeXing" (1988) §2 and the
 * btparse grammar: entries `@type{key, name = value, …}` or with parentheses;
 * values are {braced} (nested braces kept), "quoted" (braces inside balanced),
 * numbers or @string macro names, joined with `#`; @comment and @preamble are
 * skipped, text between entries is a comment. Values come back with their LaTeX
 * untouched (see latex.ts); field names in lower case.
 */
import { FileFormatError } from '../errors.js';
import { lineAt, lineStarts } from './text-lines.js';
import type { ImportWarning } from './types.js';

export interface BibtexEntry {
  readonly type: string;
  readonly key: string;
  readonly fields: ReadonlyMap<string, string>;
  readonly line: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function parseBibtex(text: string, file: string): { entries: BibtexEntry[]; warnings: ImportWarning[] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const starts = lineStarts(src);
  const lineOf = (i: number) => lineAt(starts, i);
  const macros = new Map<string, string>(MONTHS.map((m) => [m.slice(0, 3), m[0].toUpperCase() + m.slice(1)]));
  const entries: BibtexEntry[] = [];
  const warnings: ImportWarning[] = [];
  let pos = 0;
  let entryStart = 0;

  const fail = (message: string, at: number): never => {
    throw new FileFormatError(message, { file, line: lineOf(at) });
  };
  const skipSpace = () => {
    while (pos < src.length && /\s/.test(src[pos])) pos++;
  };
  const identifier = (): string => {
    const m = /^[^\s"#%'(),={}]+/.exec(src.slice(pos, pos + 200));
    if (!m) fail(`expected a name here but found ${src[pos] === undefined ? 'the end of the file' : `"${src[pos]}"`}`, pos);
    pos += m![0].length;
    return m![0];
  };
  // From an opening brace to its match; the text in between.
  const braced = (): string => {
    const open = pos;
    let depth = 0;
    for (; pos < src.length; pos++) {
      if (src[pos] === '\\') pos++;
      else if (src[pos] === '{') depth++;
      else if (src[pos] === '}' && --depth === 0) return src.slice(open + 1, pos++);
    }
    return fail(`the brace opened here is never closed (the entry starting on line ${lineOf(entryStart)} runs to the end of the file)`, open);
  };
  const quoted = (): string => {
    const open = pos++;
    let depth = 0;
    for (; pos < src.length; pos++) {
      if (src[pos] === '\\') pos++;
      else if (src[pos] === '{') depth++;
      else if (src[pos] === '}') depth--;
      else if (src[pos] === '"' && depth === 0) return src.slice(open + 1, pos++);
    }
    return fail('the quotation mark opened here is never closed', open);
  };
  const value = (): string => {
    let out = '';
    for (;;) {
      skipSpace();
      const c = src[pos];
      if (c === '{') out += braced();
      else if (c === '"') out += quoted();
      else if (c !== undefined && /\d/.test(c)) out += identifier();
      else {
        const at = pos;
        const name = identifier().toLowerCase();
        const expansion = macros.get(name);
        if (expansion === undefined) warnings.push({ message: `the @string macro "${name}" is not defined; its name is kept as the value`, file, line: lineOf(at) });
        out += expansion ?? name;
      }
      skipSpace();
      if (src[pos] !== '#') return out;
      pos++;
    }
  };
  const expect = (c: string, what: string) => {
    skipSpace();
    if (src[pos] !== c) fail(`expected ${what} here but found ${src[pos] === undefined ? 'the end of the file' : `"${src[pos]}"`}`, pos);
    pos++;
  };

  for (pos = src.indexOf('@'); pos >= 0 && pos < src.length; pos = src.indexOf('@', pos)) {
    entryStart = pos++;
    skipSpace();
    const type = identifier().toLowerCase();
    skipSpace();
    const opener = src[pos];
    if (opener !== '{' && opener !== '(') fail(`expected "{" after @${type}`, pos);
    const closer = opener === '{' ? '}' : ')';
    if (type === 'comment' || type === 'preamble') {
      if (opener === '{') braced();
      else pos = src.indexOf(')', pos) + 1 || fail('this entry is never closed', entryStart);
      continue;
    }
    pos++;
    if (type === 'string') {
      skipSpace();
      const name = identifier().toLowerCase();
      expect('=', '"=" after the macro name');
      macros.set(name, value());
      expect(closer, `"${closer}" closing the @string`);
      continue;
    }
    skipSpace();
    const key = src[pos] === ',' ? '' : identifier();
    const fields = new Map<string, string>();
    for (;;) {
      skipSpace();
      if (src[pos] === closer) {
        pos++;
        break;
      }
      if (src[pos] !== ',') fail(`expected "," or "${closer}" after a field of the entry starting on line ${lineOf(entryStart)}`, pos);
      pos++;
      skipSpace();
      if (src[pos] === closer) continue;
      const nameAt = pos;
      const name = identifier().toLowerCase();
      expect('=', `"=" after the field name "${name}"`);
      const v = value();
      if (fields.has(name)) warnings.push({ message: `the field "${name}" appears twice in entry "${key}"; the first is kept`, file, line: lineOf(nameAt) });
      else fields.set(name, v);
    }
    entries.push({ type, key, fields, line: lineOf(entryStart) });
  }
  return { entries, warnings };
}
