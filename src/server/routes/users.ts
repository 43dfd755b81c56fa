/** Accounts of team mode (owners only). Screening accounts become reviewers in the store. */
import { Hono } from 'hono';
import { addAccount } from '../core/reviewers.js';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http-error.js';
import { userBody } from '../schemas.js';
import { allow, OWN } from '../security/roles.js';
import { jsonBody } from '../validate.js';

export function userRoutes(deps: Deps): Hono<AppEnv> {
  const teamOnly = () => {
    if (deps.mode !== 'team') throw new ApiError(404, 'not_team', 'There are no accounts in local mode: start the server with --team.');
  };
  return new Hono<AppEnv>()
    .get('/users', allow(OWN), (c) => {
      teamOnly();
      return c.json(deps.users.list());
    })
    .post('/users', allow(OWN), async (c) => {
      teamOnly();
      const b = await jsonBody(c, userBody);
      return c.json(await addAccount(deps.store, deps.users, b), 201);
    });
}
