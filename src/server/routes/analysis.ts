/** Analyses: post a table of studies with options (reviewers, owners), read the result and its forest plot (everyone). */
import { Hono } from 'hono';
import { analysisForest, runAnalysis, saveAnalysis, savedAnalysis } from '../core/analyses.js';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http-error.js';
import { analysisBody, forestQuery, id } from '../schemas.js';
import { allow, READ, SCREEN } from '../security/roles.js';
import { jsonBody, param, query } from '../validate.js';

export function analysisRoutes({ store }: Deps): Hono<AppEnv> {
  const saved = (analysisId: number) => {
    const a = savedAnalysis(store, analysisId);
    if (!a) throw new ApiError(404, 'not_found', `No analysis ${analysisId} in this project.`, 'id');
    return a;
  };
  return new Hono<AppEnv>()
    .post('/analyses', allow(SCREEN), async (c) => c.json(saveAnalysis(store, await jsonBody(c, analysisBody)), 201))
    .get('/analyses/:id', allow(READ), (c) => {
      const analysisId = param(c, 'id', id);
      return c.json({ id: analysisId, result: runAnalysis(saved(analysisId)).result });
    })
    .get('/analyses/:id/forest.svg', allow(READ), (c) => {
      const a = saved(param(c, 'id', id));
      const q = query(c, forestQuery);
      return c.body(analysisForest(a, { layout: q.layout, prediction: q.prediction === 'true' }), 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
    });
}
