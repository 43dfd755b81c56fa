/**
 * The PRISMA counts of the project's screening record (GET /api/prisma), kept live: read
 * again every few seconds while the page is visible, when the window regains focus, and
 * on demand, so decisions by anyone on the team show up without a reload.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PrismaFromLedger } from '../../../src/review/prisma-ledger.js';
import { apiGet } from '../api/client.js';

export const REFRESH_MS = 5000;

export interface LedgerPrisma {
  readonly data: PrismaFromLedger | undefined;
  readonly error: string | undefined;
  readonly updated: Date | undefined;
  readonly refresh: () => void;
}

export function useLedgerPrisma(enabled: boolean): LedgerPrisma {
  const [data, setData] = useState<PrismaFromLedger>();
  const [error, setError] = useState<string>();
  const [updated, setUpdated] = useState<Date>();
  const inFlight = useRef(false);
  const refresh = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    apiGet<PrismaFromLedger>('/api/prisma')
      .then(
        (d) => {
          // same counts, same object: the diagram is not redrawn for nothing
          setData((old) => (old !== undefined && JSON.stringify(old) === JSON.stringify(d) ? old : d));
          setError(undefined);
          setUpdated(new Date());
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      )
      .finally(() => {
        inFlight.current = false;
      });
  }, []);
  useEffect(() => {
    if (!enabled) return;
    refresh();
    const tick = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const timer = setInterval(tick, REFRESH_MS);
    addEventListener('focus', tick);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      removeEventListener('focus', tick);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [enabled, refresh]);
  return { data, error, updated, refresh };
}
