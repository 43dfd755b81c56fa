/** Reading .rm5 files: encodings, structure, malformed and truncated XML, unknown outcome types, round trip. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recomputeReview } from '../../../src/analysis/revman-review.js';
import { FileFormatError } from '../../../src/io/errors.js';
import { decodeXml, outcomeSettings, parseRm5, readRm5, writeRm5 } from '../../../src/io/rm5/index.js';

const dir = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'revman');
const benzo = join(dir, 'Benzodiazepines_versus_pregabalin_for_GAD.rm5');

const minimal = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<COCHRANE_REVIEW>\n<ANALYSES_AND_DATA>\n<COMPARISON ID="CMP-001" NO="1">\n<NAME>C</NAME>\n${body}\n</COMPARISON>\n</ANALYSES_AND_DATA>\n</COCHRANE_REVIEW>\n`;

function errorOf(f: () => unknown): FileFormatError {
  try {
    f();
  } catch (e) {
    if (e instanceof FileFormatError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('readRm5', () => {
  it('readRm5(Fleiss1993.rm5) reads comparisons, outcomes, rows and settings', () => {
    const r = readRm5(join(dir, 'Fleiss1993.rm5'));
    expect(r.title).toBe('Examples from Fleiss 1993');
    const [or, smd] = r.comparisons[0].outcomes;
    expect([or.type, or.id, or.rows.length, smd.type, smd.rows.length]).toEqual(['DICH', 'CMP-001.01', 7, 'CONT', 5]);
    expect(or.labels.GROUP_LABEL_1).toBe('Aspirin');
    expect(outcomeSettings(or)).toMatchObject({ measure: 'OR', method: 'MH', random: false, ciTotal: 95, swapEvents: false });
  });

  it('decodeXml(bytes) decodes an ISO-8859-1 file as its declaration says', () => {
    const text = decodeXml(readFileSync(benzo));
    expect(text).not.toContain('\uFFFD');
    expect(text).toMatch(/[\u00C0-\u00FF]/);
  });

  it('parseRm5(text) names the element and line of malformed XML', () => {
    const e = errorOf(() => parseRm5(minimal('<DICH_OUTCOME ID="CMP-001.01">\n<NAME>x</NAME>\n</CONT_OUTCOME>'), 'bad.rm5'));
    expect(e.message).toMatch(/DICH_OUTCOME/);
    // the parser reports the line of the unexpected closing tag
    expect(e.line).toBe(8);
  });

  it('parseRm5(text) reports a truncated file with the element left open', () => {
    const text = readFileSync(join(dir, 'Fleiss1993.rm5'), 'latin1');
    const cut = text.slice(0, text.indexOf('<DICH_DATA', text.indexOf('STD-CDP') - 300));
    const e = errorOf(() => parseRm5(cut, 'cut.rm5'));
    expect(e.message).toMatch(/truncated/);
    expect(e.message).toMatch(/<DICH_OUTCOME>/);
    expect(e.line).toBe(441);
  });

  it('parseRm5(text) names the element when a required attribute is missing', () => {
    const e = errorOf(() => parseRm5(minimal('<DICH_OUTCOME ID="CMP-001.01">\n<DICH_DATA EVENTS_1="1"/>\n</DICH_OUTCOME>'), 'x.rm5'));
    expect(e.message).toMatch(/<DICH_DATA> has no STUDY_ID/);
    expect(e.line).toBe(7);
  });

  it('parseRm5(text) reports unknown outcome types as skipped, never drops them', () => {
    const r = parseRm5(minimal('<FANCY_OUTCOME ID="CMP-001.02"><NAME>Fancy</NAME></FANCY_OUTCOME>\n<OTHER_OUTCOME ID="CMP-001.03"><NAME>Notes</NAME></OTHER_OUTCOME>'), 'x.rm5');
    expect(r.skipped.map((s) => [s.element, s.id, s.name])).toEqual([
      ['FANCY_OUTCOME', 'CMP-001.02', 'Fancy'],
      ['OTHER_OUTCOME', 'CMP-001.03', 'Notes'],
    ]);
    expect(recomputeReview(r).skipped[0].reason).toMatch(/unknown outcome type/);
  });

  it('parseRm5(text) rejects a file that is not a RevMan review', () => {
    expect(errorOf(() => parseRm5('<?xml version="1.0"?><HTML/>', 'x.rm5')).message).toMatch(/not a RevMan 5 file/);
  });
});

describe('writeRm5', () => {
  it.each(['Fleiss1993.rm5', 'Benzodiazepines_versus_pregabalin_for_GAD.rm5'])('writeRm5(readRm5(%s)) reads back with the same data and numbers', (name) => {
    const review = readRm5(join(dir, name));
    const again = parseRm5(writeRm5(review), 'again.rm5');
    const strip = (r: typeof review) => JSON.stringify(r.comparisons, (k, v) => (k === 'line' ? undefined : v));
    expect(strip(again)).toBe(strip(review));
    expect(again.studies).toEqual(review.studies);
    const a = recomputeReview(review, { check: true });
    const b = recomputeReview(again, { check: true });
    expect(JSON.stringify(b.outcomes)).toBe(JSON.stringify(a.outcomes));
  });
});
