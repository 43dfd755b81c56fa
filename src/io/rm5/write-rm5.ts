/**
 * Writes an Rm5Review back to RevMan 5 XML (UTF-8): the review's root
 * attributes, its title, the included studies (ID, NAME, YEAR) and the whole
 * ANALYSES_AND_DATA element with every attribute kept, so that RevMan 5 opens
 * the analyses and metasift reads back the same numbers. Narrative sections of
 * the original review are not carried over.
 */
import type { Attributes, Rm5DataRow, Rm5Outcome, Rm5Review } from './types.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function open(name: string, a: Attributes, selfClose = false): string {
  const attrs = Object.keys(a)
    .map((k) => ` ${k}="${escapeXml(a[k])}"`)
    .join('');
  return `<${name}${attrs}${selfClose ? '/' : ''}>`;
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function rows(type: string, rs: readonly Rm5DataRow[]): string[] {
  return rs.map((r) => open(`${type}_DATA`, { ...r.attributes, STUDY_ID: r.studyId }, true));
}

function outcome(o: Rm5Outcome): string[] {
  const tag = `${o.type}_OUTCOME`;
  const labels = Object.entries({ NAME: o.name, ...o.labels }).map(([k, v]) => element(k, v));
  const subgroups = o.subgroups.flatMap((g) => [
    open(`${o.type}_SUBGROUP`, { ...g.attributes, ID: g.id }),
    element('NAME', g.name),
    ...rows(o.type, g.rows),
    `</${o.type}_SUBGROUP>`,
  ]);
  return [open(tag, { ...o.attributes, ID: o.id }), ...labels, ...rows(o.type, o.rows), ...subgroups, `</${tag}>`];
}

export function writeRm5(review: Rm5Review): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    open('COCHRANE_REVIEW', review.attributes),
    '<COVER_SHEET>',
    element('TITLE', review.title),
    '</COVER_SHEET>',
    '<STUDIES_AND_REFERENCES>',
    '<STUDIES>',
    '<INCLUDED_STUDIES>',
    ...review.studies.map((s) => open('STUDY', { ID: s.id, NAME: s.name, YEAR: s.year }, true)),
    '</INCLUDED_STUDIES>',
    '</STUDIES>',
    '</STUDIES_AND_REFERENCES>',
    open('ANALYSES_AND_DATA', review.analysesAttributes),
    ...review.comparisons.flatMap((c) => [
      open('COMPARISON', { ...c.attributes, ID: c.id }),
      element('NAME', c.name),
      ...c.outcomes.flatMap(outcome),
      '</COMPARISON>',
    ]),
    '</ANALYSES_AND_DATA>',
    '</COCHRANE_REVIEW>',
  ];
  return lines.join('\n') + '\n';
}
