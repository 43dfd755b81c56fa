/**
 * The layout NoteExpress and EndNote (refer) tagged exports share: records are
 * blocks of tagged lines separated by blank lines, a record starts with one
 * known tag, and untagged lines continue the value above them (an abstract
 * broken over lines keeps its line breaks).
 */
import { FileFormatError } from '../errors.js';
import { FieldBag } from './field-bag.js';
import { textLines } from './text-lines.js';

export interface TaggedBlock {
  readonly bag: FieldBag;
  readonly line: number;
}

export interface TaggedSyntax {
  /** Matches a tagged line: group 1 the tag, group 2 the value. */
  readonly tag: RegExp;
  readonly first: string;
  /** How the first tag is written, for error messages ("%0", "{Reference Type}:"). */
  readonly shown: string;
  readonly format: string;
}

export function taggedBlocks(text: string, file: string, syntax: TaggedSyntax): TaggedBlock[] {
  const lines = textLines(text);
  const blocks: TaggedBlock[] = [];
  let bag: FieldBag | undefined;
  let lastTag = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      bag = undefined;
      continue;
    }
    const m = syntax.tag.exec(line);
    if (!bag) {
      if (!m || m[1] !== syntax.first) {
        throw new FileFormatError(`each ${syntax.format} record must start with a "${syntax.shown}" line, but this line is not one`, { file, line: i + 1 });
      }
      bag = new FieldBag();
      blocks.push({ bag, line: i + 1 });
    } else if (m && m[1] === syntax.first) {
      throw new FileFormatError(`a new record starts here without a blank line after the one that began on line ${blocks[blocks.length - 1].line}`, { file, line: i + 1 });
    }
    if (m) {
      lastTag = m[1];
      bag.add(lastTag, (m[2] ?? '').trim());
    } else {
      bag.appendToLast(lastTag, line.trim(), '\n');
    }
  }
  if (blocks.length === 0) throw new FileFormatError(`no ${syntax.format} records found: each starts with a "${syntax.shown}" line`, { file });
  return blocks;
}
