/**
 * Lists packed into one field. Chinese exports separate names and keywords with
 * ASCII or full-width semicolons and full-width commas (CNKI "张三;李四;",
 * Wanfang "张三，李四"); English exports use ";" or BibTeX's " and ". ASCII commas
 * never separate names: they sit inside "Smith, J.".
 */
function split(value: string, sep: RegExp): string[] {
  return value
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Names; " and " separates them only where asked (CSV tables), never in one-name-a-line tags ("Society for X and Y"). */
export function splitNames(value: string, and = false): string[] {
  if (/[;；]/.test(value)) return split(value, /[;；]/);
  if (/[，、]/.test(value)) return split(value, /[，、]/);
  if (and) return split(value, /\s+and\s+/);
  return value.trim() === '' ? [] : [value.trim()];
}

/**
 * Keywords: semicolons first; full-width commas; ASCII commas only where asked
 * (BibTeX and CSV keyword fields), since a MeSH term like "Stem Cells, Mesenchymal"
 * is one keyword in tagged exports.
 */
export function splitKeywords(value: string, asciiComma = false): string[] {
  return split(value, /[;；]/.test(value) ? /[;；]/ : asciiComma ? /[,，、]/ : /[，、]/);
}
