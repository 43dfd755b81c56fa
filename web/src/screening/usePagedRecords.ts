/**
 * A filtered record list read page by page as the list scrolls: only the pages holding
 * drawn rows are fetched, so 10,000 records cost a few requests of 200.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordFilter, RecordSummary, Stage } from '../api/types.js';
import { listRecords } from './screening-api.js';

const PAGE = 200;

export interface PagedRecords {
  readonly total: number | undefined;
  readonly error: string | undefined;
  row(index: number): RecordSummary | undefined;
  need(first: number, end: number): void;
}

export function usePagedRecords(stage: Stage, filter: RecordFilter, version: number): PagedRecords {
  const [total, setTotal] = useState<number>();
  const [pages, setPages] = useState<ReadonlyMap<number, readonly RecordSummary[]>>(new Map());
  const [error, setError] = useState<string>();
  const asked = useRef(new Set<number>());
  const generation = useRef(0);

  const fetchPage = useCallback(
    (p: number) => {
      if (asked.current.has(p)) return;
      asked.current.add(p);
      const gen = generation.current;
      listRecords({ stage, filter, offset: p * PAGE, limit: PAGE }).then(
        (r) => {
          if (gen !== generation.current) return;
          setTotal(r.total);
          setPages((m) => new Map(m).set(p, r.items));
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    },
    [stage, filter],
  );

  useEffect(() => {
    generation.current++;
    asked.current = new Set();
    setPages(new Map());
    setTotal(undefined);
    setError(undefined);
    fetchPage(0);
  }, [fetchPage, version]);

  const need = useCallback(
    (first: number, end: number) => {
      for (let p = Math.floor(first / PAGE); p <= Math.floor(Math.max(first, end - 1) / PAGE); p++) fetchPage(p);
    },
    [fetchPage],
  );
  return { total, error, need, row: (i) => pages.get(Math.floor(i / PAGE))?.[i % PAGE] };
}
