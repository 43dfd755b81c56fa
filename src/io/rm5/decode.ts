/**
 * Turns the bytes of an XML file into text using the encoding its declaration
 * names (XML 1.0 §4.3.3). RevMan 5 writes ISO-8859-1 by default and UTF-8 when
 * asked; a byte-order mark wins over the declaration.
 */

const DECLARATION = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

export function xmlEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const m = DECLARATION.exec(head);
  return m ? m[1].toLowerCase() : 'utf-8';
}

export function decodeXml(bytes: Uint8Array): string {
  const label = xmlEncoding(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
