/**
 * Decodes the HTML that database exports leave in titles and abstracts: numeric
 * character references (`&#946;`, `&#x3b2;`), the common named entities (HTML 5
 * named character references, a small subset), and drops tags such as `<i>` or `<sup>`.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', middot: '·', times: '×',
  plusmn: '±', le: '≤', ge: '≥', deg: '°', alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ',
  kappa: 'κ', lambda: 'λ', mu: 'μ', micro: 'µ', pi: 'π', sigma: 'σ', tau: 'τ', omega: 'ω',
};

export function decodeHtml(text: string): string {
  if (!text.includes('&') && !text.includes('<')) return text;
  return text
    .replace(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED[ref.toLowerCase()] ?? whole;
    });
}
