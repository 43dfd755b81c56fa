/**
 * A small element tree over fast-xml-parser: name, attributes, children, text
 * and the 1-based line where the element starts. Malformed XML becomes a
 * FileFormatError that names the element at fault and its line; a truncated
 * file names the innermost element left open.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FileFormatError } from '../errors.js';
import type { Attributes } from './types.js';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Attributes;
  readonly children: readonly XmlElement[];
  /** The element's own text (concatenated, untrimmed). */
  readonly text: string;
  readonly line: number;
}

type RawNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The innermost element still open at the end of the text, if any (for truncated files). */
function unclosedElement(text: string, starts: readonly number[]): { name: string; line: number } | undefined {
  const stack: { name: string; line: number }[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[2] === undefined || m[3] === '/') continue;
    if (m[1] === '/') stack.pop();
    else stack.push({ name: m[2], line: lineOf(starts, m.index) });
  }
  return stack.at(-1);
}

export function parseXml(text: string, file: string): XmlElement {
  const starts = lineStarts(text);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const open = unclosedElement(text, starts);
    if (open && /Invalid '\[|Unclosed|closing tag/i.test(valid.err.msg) && valid.err.code !== 'InvalidTag') {
      throw new FileFormatError(`the file ends before element <${open.name}> (opened on line ${open.line}) is closed; it may be truncated`, {
        file,
        line: open.line,
      });
    }
    throw new FileFormatError(`malformed XML: ${valid.err.msg}`, { file, line: valid.err.line });
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    captureMetaData: true,
    htmlEntities: true,
  });
  const meta = XMLParser.getMetaDataSymbol() as unknown as string;
  const convert = (node: RawNode): XmlElement | string => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (name === undefined) return '';
    const body = node[name];
    if (name === '#text') return String(body);
    const kids = Array.isArray(body) ? (body as RawNode[]).map(convert) : [];
    const index = (node[meta] as { startIndex?: number } | undefined)?.startIndex ?? 0;
    return {
      name,
      attributes: { ...(node[':@'] ?? {}) },
      children: kids.filter((k): k is XmlElement => typeof k !== 'string'),
      text: kids.filter((k): k is string => typeof k === 'string').join(''),
      line: lineOf(starts, index),
    };
  };
  const roots = (parser.parse(text) as RawNode[]).map(convert).filter((n): n is XmlElement => typeof n !== 'string');
  const root = roots.find((r) => !r.name.startsWith('?'));
  if (root === undefined) throw new FileFormatError('the file holds no XML element', { file });
  return root;
}

/** All descendants (depth first) with the given name. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** All text inside an element, its descendants' included. */
export function textOf(el: XmlElement): string {
  return el.text + el.children.map(textOf).join('');
}
