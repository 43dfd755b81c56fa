/**
 * A page's actions against the server: `busy` while one runs (buttons wait), the last
 * error as the server words it (`fail` also takes a failed load), and `act(f, after)`
 * running f with `after` once it settles, whatever the outcome (e.g. reload the lists).
 */
import { useCallback, useState } from 'react';

export function useAction() {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fail = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);
  const act = async (f: () => Promise<unknown>, after?: () => void) => {
    setBusy(true);
    setError(undefined);
    try {
      await f();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      after?.();
    }
  };
  return { error, busy, fail, act };
}
