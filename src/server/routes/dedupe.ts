/** Deduplication: run, the uncertain queue, a person's merge-or-keep, merges and their undoing (owners). */
import { Hono } from 'hono';
import { keepApart, openPairs, runDedupe } from '../core/dedupe-queue.js';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http-error.js';
import { dedupeRunBody, id, pairBody } from '../schemas.js';
import { allow, OWN, READ, signedIn } from '../security/roles.js';
import { jsonBody, param } from '../validate.js';

export function dedupeRoutes({ store }: Deps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/dedupe/run', allow(OWN), async (c) => {
      const { apply } = await jsonBody(c, dedupeRunBody);
      return c.json(runDedupe(store, signedIn(c).id, apply));
    })
    .get('/dedupe/uncertain', allow(READ), (c) => c.json(openPairs(store)))
    .post('/dedupe/decide', allow(OWN), async (c) => {
      const { a, b, action } = await jsonBody(c, pairBody);
      for (const [k, v] of [['a', a], ['b', b]] as const) if (!store.record(v)) throw new ApiError(404, 'not_found', `No record ${v} in this project.`, k);
      if (a === b) throw new ApiError(400, 'invalid_input', `'a' and 'b' should be two different records, not ${a} twice.`, 'b');
      if (action === 'keep') {
        keepApart(store, a, b);
        return c.json({ kept: [a, b] });
      }
      return c.json(store.merge([a, b], { by: signedIn(c).id, reason: 'merged by hand from the uncertain queue' }), 201);
    })
    .get('/merges', allow(READ), (c) => c.json(store.mergeGroups()))
    .post('/merges/:id/undo', allow(OWN), (c) => {
      const groupId = param(c, 'id', id);
      if (!store.mergeGroups().some((g) => g.groupId === groupId)) throw new ApiError(404, 'not_found', `No merge group ${groupId} in this project.`, 'id');
      return c.json(store.undoMerge(groupId, { by: signedIn(c).id }));
    });
}
