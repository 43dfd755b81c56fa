/**
 * Number formatting for SVG output. Coordinates are rounded to 0.01 px with trailing
 * zeros dropped, and -0 is written 0, so that the same plot is the same bytes on every
 * engine (toFixed is exact per ECMA-262 21.1.3.3).
 */
export function px(x: number): string {
  const s = x.toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** Fixed decimals without a negative zero ("-0.00" is written "0.00"). */
export function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}
