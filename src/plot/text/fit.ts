/**
 * Making text fit a width: cut with an ellipsis, or wrap at spaces (or between any two
 * CJK characters, which need no space to break) into at most `maxLines` lines, the last
 * one cut with an ellipsis if the text is still longer.
 */
import { textWidth, type FontWeight } from './measure.js';

const ELLIPSIS = '…';

export interface TextStyle {
  readonly fontSize: number;
  readonly weight?: FontWeight;
}

export function truncate(text: string, maxWidth: number, style: TextStyle): string {
  const w = (s: string) => textWidth(s, style.fontSize, style.weight);
  if (w(text) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (w(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? (w(ELLIPSIS) <= maxWidth ? ELLIPSIS : '') : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

const GLUE = /^(\(n|n|=|not|P|\(P|p)$/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Pieces that may start a new line: words with their trailing space, or single CJK characters. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (cur !== '') out.push(cur);
      out.push(ch);
      cur = '';
    } else if (ch === ' ') {
      // keep "(n = 12)" and "P = 0.04" on one line
      if (GLUE.test(cur.split(' ').at(-1)!)) cur += ch;
      else {
        out.push(cur + ch);
        cur = '';
      }
    } else cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}

export function wrap(text: string, maxWidth: number, style: TextStyle, maxLines = 2): string[] {
  const w = (s: string) => textWidth(s.trimEnd(), style.fontSize, style.weight);
  if (w(text) <= maxWidth) return [text];
  const lines: string[] = [];
  let line = '';
  const ps = pieces(text);
  for (let i = 0; i < ps.length; i++) {
    if (line !== '' && w(line + ps[i]) > maxWidth) {
      if (lines.length === maxLines - 1) {
        lines.push(truncate(line + ps.slice(i).join(''), maxWidth, style));
        return lines;
      }
      lines.push(line.trimEnd());
      line = '';
    }
    line += ps[i];
  }
  lines.push(truncate(line.trimEnd(), maxWidth, style));
  return lines;
}
