/**
 * Reads the analyses of a RevMan 5 review (.rm5) into an Rm5Review: every
 * COMPARISON with its DICH/CONT/IV/IPD outcomes, their subgroups and data rows,
 * each element with all of its attributes (RevMan's settings and stored
 * results). Layout as written by RevMan 5.0–5.4 (Cochrane IMS, RevMan 5 file
 * format; the R package meta's read.rm5 reads the same elements). Elements of
 * other outcome types are listed in `skipped` with the reason, never dropped silently.
 */
import { readFileSync } from 'node:fs';
import { FileFormatError } from '../errors.js';
import { decodeXml } from './decode.js';
import { findAll, parseXml, textOf, type XmlElement } from './xml-tree.js';
import type { Rm5Comparison, Rm5DataRow, Rm5Outcome, Rm5OutcomeType, Rm5Review, Rm5Skipped, Rm5Subgroup } from './types.js';

const TYPES: readonly Rm5OutcomeType[] = ['DICH', 'CONT', 'IV', 'IPD'];

const SKIP_REASONS: Readonly<Record<string, string>> = {
  OTHER_OUTCOME: "RevMan 'other data' tables hold text, not numbers to pool",
};

interface Context {
  readonly file: string;
  readonly skipped: Rm5Skipped[];
}

function attr(el: XmlElement, attribute: string, ctx: Context): string {
  const v = el.attributes[attribute];
  if (v === undefined) {
    throw new FileFormatError(`element <${el.name}> has no ${attribute} attribute`, { file: ctx.file, line: el.line });
  }
  return v;
}

function childText(el: XmlElement, name: string): string {
  const c = el.children.find((k) => k.name === name);
  return c === undefined ? '' : textOf(c).trim();
}

function dataRows(el: XmlElement, type: Rm5OutcomeType, ctx: Context): Rm5DataRow[] {
  return el.children
    .filter((c) => c.name === `${type}_DATA`)
    .map((c) => ({ studyId: attr(c, 'STUDY_ID', ctx), attributes: c.attributes, line: c.line }));
}

function subgroup(el: XmlElement, type: Rm5OutcomeType, ctx: Context): Rm5Subgroup {
  return { id: attr(el, 'ID', ctx), name: childText(el, 'NAME'), attributes: el.attributes, rows: dataRows(el, type, ctx), line: el.line };
}

function outcome(el: XmlElement, type: Rm5OutcomeType, ctx: Context): Rm5Outcome {
  const labels: Record<string, string> = {};
  for (const c of el.children) {
    if (c.children.length === 0 && c.name !== 'NAME' && !c.name.endsWith('_DATA') && !c.name.endsWith('_SUBGROUP')) labels[c.name] = textOf(c).trim();
  }
  return {
    type,
    id: attr(el, 'ID', ctx),
    name: childText(el, 'NAME'),
    attributes: el.attributes,
    labels,
    rows: dataRows(el, type, ctx),
    subgroups: el.children.filter((c) => c.name === `${type}_SUBGROUP`).map((c) => subgroup(c, type, ctx)),
    line: el.line,
  };
}

function comparison(el: XmlElement, ctx: Context): Rm5Comparison {
  const outcomes: Rm5Outcome[] = [];
  for (const c of el.children) {
    const type = TYPES.find((t) => c.name === `${t}_OUTCOME`);
    if (type !== undefined) outcomes.push(outcome(c, type, ctx));
    else if (c.name !== 'NAME' && c.name !== 'COMPARISON') {
      ctx.skipped.push({
        element: c.name,
        id: c.attributes.ID ?? '',
        name: childText(c, 'NAME'),
        reason: SKIP_REASONS[c.name] ?? `unknown outcome type <${c.name}>`,
        line: c.line,
      });
    }
  }
  return { id: attr(el, 'ID', ctx), name: childText(el, 'NAME'), attributes: el.attributes, outcomes };
}

export function parseRm5(text: string, file: string): Rm5Review {
  const root = parseXml(text, file);
  if (root.name !== 'COCHRANE_REVIEW') {
    throw new FileFormatError(`the root element is <${root.name}>, not <COCHRANE_REVIEW>: this is not a RevMan 5 file`, { file, line: root.line });
  }
  const analyses = root.children.find((c) => c.name === 'ANALYSES_AND_DATA');
  if (analyses === undefined) throw new FileFormatError('the review has no <ANALYSES_AND_DATA> element', { file, line: root.line });
  const ctx: Context = { file, skipped: [] };
  // RevMan nests comparisons only one level deep, but older files may hold sub-comparisons
  const comparisons = findAll(analyses, 'COMPARISON').map((c) => comparison(c, ctx));
  const studies = findAll(root, 'STUDY')
    .filter((s) => s.attributes.ID !== undefined && s.attributes.NAME !== undefined)
    .map((s) => ({ id: s.attributes.ID, name: s.attributes.NAME, year: s.attributes.YEAR ?? '' }));
  const cover = root.children.find((c) => c.name === 'COVER_SHEET');
  return {
    file,
    title: cover === undefined ? '' : childText(cover, 'TITLE'),
    attributes: root.attributes,
    analysesAttributes: analyses.attributes,
    studies,
    comparisons,
    skipped: ctx.skipped,
  };
}

/** Reads and parses a .rm5 file, decoding it as its XML declaration says. */
export function readRm5(file: string): Rm5Review {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new FileFormatError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
  return parseRm5(decodeXml(bytes), file);
}
