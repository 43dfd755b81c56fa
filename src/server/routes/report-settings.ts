/**
 * What the project's report is built with, set from the web app and kept in the project:
 *   - GET/PUT/DELETE /api/outcomes/:name/analysis-options: the analysis of an outcome
 *     (measure, method, test, level, prediction interval, subgroups, direction). Everyone
 *     signed in reads it; owners and the reviewers who resolve (canResolve) set it, as
 *     they see the unblinded data the report pools. DELETE goes back to the defaults.
 *   - GET/PUT/DELETE /api/settings/prisma-overrides: PRISMA counts edited by hand, read by
 *     everyone, set and cleared ("back to the live counts") by owners only.
 * Each saved value records who set it and when; settings are append-only in the store.
 */
import { Hono, type Context } from 'hono';
import { defaultOutcomeAnalysis } from '../../analysis/outcome-analysis.js';
import { clearOutcomeAnalysis, clearPrismaCounts, savedOutcomeAnalysis, savedPrismaCounts, saveOutcomeAnalysis, savePrismaCounts } from '../../report/project-settings.js';
import type { Outcome } from '../../review/extraction/types.js';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http-error.js';
import { outcomeAnalysisBody, outcomeName, prismaOverridesBody } from '../schemas.js';
import { allow, isResolver, OWN, READ, signedIn } from '../security/roles.js';
import { jsonBody, param } from '../validate.js';

export function reportSettingsRoutes(deps: Deps): Hono<AppEnv> {
  const { store } = deps;
  const x = store.extraction;
  const outcome = (c: Context<AppEnv>): Outcome => {
    const name = param(c, 'name', outcomeName);
    const o = x.outcome(name);
    if (!o) throw new ApiError(404, 'not_found', `No outcome ${JSON.stringify(name)} in this project (defined: ${x.outcomes().map((d) => d.name).join(', ') || 'none'}).`, 'name');
    return o;
  };
  const analysisView = (o: Outcome) => {
    const s = savedOutcomeAnalysis(store, o);
    return { outcome: o.name, saved: s.value ?? null, defaults: defaultOutcomeAnalysis(o), ...(s.problem === undefined ? {} : { problem: s.problem }) };
  };
  const analysts = (c: Context<AppEnv>) => {
    const u = signedIn(c);
    if (!isResolver(deps, u)) throw new ApiError(403, 'forbidden', `Only owners and reviewers who resolve set the project's analysis of an outcome; '${u.id}' is not one.`);
    return u.id;
  };
  const prismaView = () => {
    const s = savedPrismaCounts(store);
    return { saved: s.value ?? null, ...(s.problem === undefined ? {} : { problem: s.problem }) };
  };
  return new Hono<AppEnv>()
    .get('/outcomes/:name/analysis-options', allow(READ), (c) => c.json(analysisView(outcome(c))))
    .put('/outcomes/:name/analysis-options', allow(READ), async (c) => {
      const by = analysts(c);
      const o = outcome(c);
      const { subgroup, ...options } = await jsonBody(c, outcomeAnalysisBody);
      saveOutcomeAnalysis(store, o, subgroup === null || subgroup === undefined ? options : { ...options, subgroup }, { by });
      return c.json(analysisView(o));
    })
    .delete('/outcomes/:name/analysis-options', allow(READ), (c) => {
      const by = analysts(c);
      const o = outcome(c);
      clearOutcomeAnalysis(store, o, { by });
      return c.json(analysisView(o));
    })
    .get('/settings/prisma-overrides', allow(READ), (c) => c.json(prismaView()))
    .put('/settings/prisma-overrides', allow(OWN), async (c) => {
      const { counts } = await jsonBody(c, prismaOverridesBody);
      savePrismaCounts(store, counts, { by: signedIn(c).id });
      return c.json(prismaView());
    })
    .delete('/settings/prisma-overrides', allow(OWN), (c) => {
      clearPrismaCounts(store, { by: signedIn(c).id });
      return c.json(prismaView());
    });
}
