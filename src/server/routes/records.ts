/** Records: a filtered page, one record with the asker's screening view of it, and import. */
import { Hono } from 'hono';
import { readRecords } from '../../io/records/read-records.js';
import { readAskerView } from '../core/asker-view.js';
import { listRecords } from '../core/record-list.js';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http-error.js';
import { id, importBody, recordsQuery } from '../schemas.js';
import { allow, isResolver, OWN, READ, signedIn } from '../security/roles.js';
import { jsonBody, param, query } from '../validate.js';

export function recordRoutes(deps: Deps): Hono<AppEnv> {
  const { store } = deps;
  return new Hono<AppEnv>()
    .get('/records', allow(READ), (c) => {
      const q = query(c, recordsQuery);
      const user = signedIn(c);
      if (q.filter === 'conflicts' && !isResolver(deps, user)) throw new ApiError(403, 'forbidden', `Only owners and resolvers may list conflicts; '${user.id}' is not a resolver.`, 'filter');
      return c.json(listRecords(store, user.id, q));
    })
    .get('/records/:id', allow(READ), (c) => {
      const recordId = param(c, 'id', id);
      const record = store.record(recordId);
      if (!record) throw new ApiError(404, 'not_found', `No record ${recordId} in this project.`, 'id');
      const screening = readAskerView(store, signedIn(c).id, [recordId]);
      return c.json({ ...record, screening });
    })
    .post('/import', allow(OWN), async (c) => {
      const b = await jsonBody(c, importBody);
      const read = readRecords(b.text, b.file, { database: b.database });
      const database = b.database ?? read.records[0]?.source.database ?? 'unknown';
      const { batchId, count } = store.importRecords(read.records, { file: b.file, database, by: signedIn(c).id });
      return c.json({ batchId, count, format: read.format, warnings: read.warnings }, 201);
    });
}
