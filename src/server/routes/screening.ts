/**
 * Screening. Decisions are recorded for the asking account only (the reviewer id is
 * never taken from the body), and every read goes through blindedView: another
 * reviewer's decision reaches the asker only once the asker has decided that record
 * and the pair is settled (agreed or resolved). The unblinded conflict list and
 * agreement statistics are for resolvers only: with few records, a kappa table alone
 * would reveal a colleague's verdicts.
 */
import { Hono } from 'hono';
import { agreement } from '../../review/screening/agreement.js';
import { readAskerView } from '../core/asker-view.js';
import { conflicts } from '../../review/screening/conflicts.js';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http-error.js';
import { decisionBody, reasonBody, resolutionBody, stageQuery } from '../schemas.js';
import { allow, OWN, READ, resolvers, SCREEN, signedIn } from '../security/roles.js';
import { jsonBody, query } from '../validate.js';

export function screeningRoutes(deps: Deps): Hono<AppEnv> {
  const { store } = deps;
  const requireRecord = (recordId: number) => {
    if (!store.record(recordId)) throw new ApiError(404, 'not_found', `No record ${recordId} in this project.`, 'recordId');
  };
  return new Hono<AppEnv>()
    .post('/screening/decisions', allow(SCREEN), async (c) => {
      const b = await jsonBody(c, decisionBody);
      requireRecord(b.recordId);
      return c.json(store.decide({ ...b, reviewer: signedIn(c).id }), 201);
    })
    .get('/screening/view', allow(READ), (c) => {
      const { stage } = query(c, stageQuery);
      return c.json(readAskerView(store, signedIn(c).id).filter((e) => stage === undefined || e.stage === stage));
    })
    .get('/reasons', allow(READ), (c) => c.json(store.exclusionReasons()))
    .post('/reasons', allow(OWN), async (c) => {
      const { label } = await jsonBody(c, reasonBody);
      if (store.exclusionReasons().includes(label)) throw new ApiError(409, 'exists', `The exclusion reason ${JSON.stringify(label)} is already in the list.`, 'label');
      store.addExclusionReason(label);
      return c.json(store.exclusionReasons(), 201);
    })
    .get('/conflicts', resolvers(deps), (c) => c.json(conflicts(store.ledger(), query(c, stageQuery).stage)))
    .post('/conflicts/resolve', resolvers(deps), async (c) => {
      const b = await jsonBody(c, resolutionBody);
      requireRecord(b.recordId);
      return c.json(store.resolve({ ...b, by: signedIn(c).id }), 201);
    })
    .get('/agreement', resolvers(deps), (c) => c.json(agreement(store.decisions({ which: 'first' }), query(c, stageQuery).stage)));
}
