/** PRISMA 2020 counts from the ledger, as JSON and as the flow diagram. Settled outcomes only, so nothing blinded leaks. */
import { Hono } from 'hono';
import { prismaCounts } from '../../plot/prisma/counts.js';
import { prismaPlot } from '../../plot/prisma/prisma-plot.js';
import { prismaFromLedger } from '../../review/prisma-ledger.js';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { allow, READ } from '../security/roles.js';

export function prismaRoutes({ store }: Deps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/prisma', allow(READ), (c) => c.json(prismaFromLedger(store.ledger())))
    .get('/prisma.svg', allow(READ), (c) => {
      const svg = prismaPlot(prismaCounts(prismaFromLedger(store.ledger()).counts));
      return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
    });
}
