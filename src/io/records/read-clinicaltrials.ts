/**
 * ClinicalTrials.gov API v2 JSON (https://clinicaltrials.gov/data-api/api, the
 * `/studies` page `{"studies": […], "nextPageToken"}`, one `/studies/{nctId}`
 * study, or an array of studies). From protocolSection: identificationModule.nctId
 * is the source identifier and a registration, and the line of its "nctId" the record's line; officialTitle (else briefTitle) the
 * title; statusModule.startDateStruct.date the year; descriptionModule.briefSummary
 * the abstract; conditions and keywords the keywords; overall officials the
 * authors; designModule.studyType the type. Every other protocolSection value stays
 * in `extra` under its dotted path ("statusModule.overallStatus"); derived and
 * results sections are not kept.
 */
import type { BibRecord } from '../../review/records/types.js';
import { FileFormatError } from '../errors.js';
import { buildRecord } from './build-record.js';
import { lineAt, lineStarts } from './text-lines.js';
import type { ReadOptions, ReadResult } from './types.js';
import { parseYear } from './year.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: Json | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function flatten(value: Json, path: string, out: Record<string, string>, skip: ReadonlySet<string>): void {
  if (skip.has(path) || value === null) return;
  if (Array.isArray(value) && value.every((v) => !isObject(v) && !Array.isArray(v))) {
    if (value.length > 0) out[path] = value.map(String).join('\n');
  } else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${path}[${i}]`, out, skip));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) flatten(v, path === '' ? k : `${path}.${k}`, out, skip);
  else if (String(value) !== '') out[path] = String(value);
}

function parseJson(text: string, file: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const ln = /line (\d+)/.exec(message);
    const line = ln ? Number(ln[1]) : at ? lineAt(lineStarts(text), Number(at[1])) : text.split('\n').length;
    throw new FileFormatError(`this is not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')})`, { file, line });
  }
}

function toRecord(study: JsonObject, index: number, line: number, file: string, option: string | undefined): BibRecord {
  const protocol = study.protocolSection;
  const id = isObject(protocol) && isObject(protocol.identificationModule) ? protocol.identificationModule : undefined;
  const nctId = str(id?.nctId);
  if (!isObject(protocol) || !id || nctId === undefined) {
    throw new FileFormatError(`study ${index + 1} has no protocolSection.identificationModule.nctId; is this a ClinicalTrials.gov API v2 export?`, { file, line });
  }
  const module = (name: string): JsonObject => (isObject(protocol[name]) ? (protocol[name] as JsonObject) : {});
  const official = str(id.officialTitle);
  const skip = new Set(['identificationModule.nctId', official ? 'identificationModule.officialTitle' : 'identificationModule.briefTitle', 'descriptionModule.briefSummary', 'conditionsModule.conditions', 'conditionsModule.keywords', 'designModule.studyType']);
  const extra: Record<string, string> = {};
  flatten(protocol, '', extra, skip);
  if (typeof study.hasResults === 'boolean') extra.hasResults = String(study.hasResults);
  const start = module('statusModule').startDateStruct;
  const officials = module('contactsLocationsModule').overallOfficials;
  return buildRecord(
    {
      sourceId: nctId,
      type: str(module('designModule').studyType),
      title: official ?? str(id.briefTitle),
      authors: Array.isArray(officials) ? officials.map((o) => (isObject(o) ? (str(o.name) ?? '') : '')) : [],
      year: parseYear(isObject(start) ? str(start.date) : undefined),
      abstract: str(module('descriptionModule').briefSummary),
      keywords: [...strings(module('conditionsModule').conditions), ...strings(module('conditionsModule').keywords)],
      registrations: [nctId],
      url: `https://clinicaltrials.gov/study/${nctId}`,
      extra,
    },
    { file, line, ordinal: index + 1, option, fallback: 'ClinicalTrials.gov' },
  );
}

export function readClinicalTrials(text: string, file: string, options: ReadOptions = {}): ReadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const json = parseJson(body, file);
  const studies = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.studies) ? json.studies : isObject(json) && 'protocolSection' in json ? [json] : undefined;
  if (studies === undefined) throw new FileFormatError('this JSON is not a ClinicalTrials.gov API v2 export: it has no "studies" list and no "protocolSection"', { file, line: 1 });
  const starts = lineStarts(body);
  let cursor = 0;
  const records = studies.map((study, i) => {
    const at = body.indexOf('"nctId"', cursor);
    cursor = at < 0 ? cursor : at + 1;
    const line = at < 0 ? 1 : lineAt(starts, at);
    if (!isObject(study)) throw new FileFormatError(`study ${i + 1} is not a JSON object`, { file, line });
    return toRecord(study, i, line, file, options.database);
  });
  return { records, warnings: [] };
}
