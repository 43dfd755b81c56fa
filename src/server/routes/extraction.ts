/**
 * Extraction: studies and their reports, outcomes, each extractor's study characteristics
 * and arm values, the resolver's discrepancies and reconciliation (of either), and an
 * outcome's table and analysis.
 * Values are entered for the asking account only (the extractor is never taken from the
 * body); what each role may read is the blinding rule of core/extraction-view.ts.
 * Reviewers add studies as they extract; outcomes are the protocol's, defined by owners.
 * An outcome's table takes `?with=msc_source,route` (study characteristics as columns) and
 * its analysis `?subgroup=msc_source` (subgroups by one characteristic; 422 saying in plain
 * words which characteristic how many studies lack, when some lack it).
 */
import { Hono, type Context } from 'hono';
import { analyzeTable } from '../../analysis/analyze-table.js';
import { subgroupGap, subgroupGapWords } from '../../analysis/project-subgroups.js';
import { checkCharacteristicNames, ExtractionError } from '../../review/extraction/index.js';
import { ownExtractions, visibleTable } from '../core/extraction-view.js';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http-error.js';
import { armBody, characteristicsBody, extractionQuery, id, outcomeAnalysisQuery, outcomeBody, outcomeName, outcomeTableQuery, reconcileBody, reconcileCharacteristicsBody, reportBody, studyBody } from '../schemas.js';
import { allow, isResolver, OWN, READ, resolvers, SCREEN, signedIn } from '../security/roles.js';
import { jsonBody, param, query } from '../validate.js';

/** The measure when none is asked for: risk ratio for events, mean difference for means. */
const DEFAULT_MEASURE = { binary: 'RR', continuous: 'MD' } as const;

export function extractionRoutes(deps: Deps): Hono<AppEnv> {
  const x = deps.store.extraction;
  const requireRecord = (recordId: number, field: string) => {
    if (!deps.store.record(recordId)) throw new ApiError(404, 'not_found', `No record ${recordId} in this project.`, field);
  };
  const requireStudy = (studyId: number) => {
    if (!x.study(studyId)) throw new ApiError(404, 'not_found', `No study ${studyId} in this project.`, 'studyId');
  };
  const requireOutcome = (name: string, field = 'outcome') => {
    const o = x.outcome(name);
    if (!o) throw new ApiError(404, 'not_found', `No outcome ${JSON.stringify(name)} in this project (defined: ${x.outcomes().map((d) => d.name).join(', ') || 'none'}).`, field);
    return o;
  };
  const pathOutcome = (c: Context<AppEnv>) => requireOutcome(param(c, 'name', outcomeName), 'name');
  /** Study characteristics asked for as columns, each checked (400 naming the parameter and the known names). */
  const characteristics = (names: readonly string[], field: string) => {
    try {
      return checkCharacteristicNames(names);
    } catch (e) {
      if (e instanceof ExtractionError) throw new ApiError(400, 'invalid_input', `'${field}': ${e.message}`, field);
      throw e;
    }
  };
  const table = (c: Context<AppEnv>, withColumns: readonly string[] = []) =>
    visibleTable(x, pathOutcome(c).name, isResolver(deps, signedIn(c)), { characteristics: withColumns });

  return new Hono<AppEnv>()
    .get('/studies', allow(READ), (c) => c.json(x.studies()))
    .post('/studies', allow(SCREEN), async (c) => {
      const b = await jsonBody(c, studyBody);
      if (x.studies().some((s) => s.label === b.label)) throw new ApiError(409, 'exists', `A study labelled ${JSON.stringify(b.label)} is already in this project.`, 'label');
      b.reports.forEach((r, i) => requireRecord(r, `reports.${i}`));
      return c.json(x.addStudy({ label: b.label, reports: b.reports, by: signedIn(c).id }), 201);
    })
    .post('/studies/:id/reports', allow(SCREEN), async (c) => {
      const studyId = param(c, 'id', id);
      requireStudy(studyId);
      const { recordId } = await jsonBody(c, reportBody);
      requireRecord(recordId, 'recordId');
      if (x.study(studyId)!.reports.includes(recordId)) throw new ApiError(409, 'exists', `Record ${recordId} is already a report of study ${studyId}.`, 'recordId');
      return c.json(x.linkReport(studyId, recordId, { by: signedIn(c).id }), 201);
    })
    .get('/outcomes', allow(READ), (c) => c.json(x.outcomes()))
    .post('/outcomes', allow(OWN), async (c) => {
      const b = await jsonBody(c, outcomeBody);
      if (x.outcome(b.name)) throw new ApiError(409, 'exists', `The outcome ${JSON.stringify(b.name)} is already defined.`, 'name');
      return c.json(x.defineOutcome(b, { by: signedIn(c).id }), 201);
    })
    .get('/outcomes/:name/table', allow(READ), (c) => {
      const q = query(c, outcomeTableQuery);
      const names = (q.with ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
      return c.json(table(c, characteristics(names, 'with')));
    })
    .get('/outcomes/:name/analysis', allow(READ), (c) => {
      const outcome = pathOutcome(c);
      const { subgroup, ...q } = query(c, outcomeAnalysisQuery);
      const t = table(c, subgroup === undefined ? [] : characteristics([subgroup], 'subgroup'));
      const gap = subgroup === undefined ? undefined : subgroupGap(t, subgroup);
      if (gap !== undefined) {
        throw new ApiError(422, 'invalid_data', `Subgroups by ${gap.label} need every study's ${gap.label}, and ${subgroupGapWords(gap)}. Pool without subgroups, or by another characteristic.`, 'subgroup');
      }
      const result = analyzeTable(t, { ...q, subgroup, measure: q.measure ?? DEFAULT_MEASURE[outcome.type] });
      return c.json({ ...result, warnings: [...t.warnings, ...result.warnings] });
    })
    .post('/extractions/arms', allow(SCREEN), async (c) => {
      const b = await jsonBody(c, armBody);
      requireStudy(b.studyId);
      requireOutcome(b.outcome);
      return c.json(x.enterArm(b.studyId, b.outcome, b.arm, b.entry, { extractor: signedIn(c).id }), 201);
    })
    .post('/extractions/characteristics', allow(SCREEN), async (c) => {
      const b = await jsonBody(c, characteristicsBody);
      requireStudy(b.studyId);
      return c.json(x.enterCharacteristics(b.studyId, b.values, { extractor: signedIn(c).id }), 201);
    })
    .post('/extractions/characteristics/reconcile', resolvers(deps), async (c) => {
      const b = await jsonBody(c, reconcileCharacteristicsBody);
      requireStudy(b.studyId);
      return c.json(x.reconcile(b.studyId, { item: 'characteristics' }, b.values, { by: signedIn(c).id, why: b.why }), 201);
    })
    .get('/extractions', allow(SCREEN), (c) => c.json(ownExtractions(x, signedIn(c).id, query(c, extractionQuery))))
    .get('/extractions/discrepancies', resolvers(deps), (c) => {
      const f = query(c, extractionQuery);
      return c.json({ discrepancies: x.discrepancies(f), items: x.extractions(f), reconciled: x.reconciliations(f) });
    })
    .post('/extractions/reconcile', resolvers(deps), async (c) => {
      const b = await jsonBody(c, reconcileBody);
      requireStudy(b.studyId);
      requireOutcome(b.outcome);
      return c.json(x.reconcile(b.studyId, { item: 'arm', outcome: b.outcome, arm: b.arm }, b.entry, { by: signedIn(c).id, why: b.why }), 201);
    });
}
