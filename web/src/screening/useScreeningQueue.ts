/**
 * One record at a time. The queue is the asker's undecided records at the stage, fetched
 * in batches; a decision moves on at once and is posted in order behind the scenes, so
 * fast typing loses nothing. Undo steps back through this session's decisions: the
 * record comes back with its verdict, and a new key changes it (the server keeps both).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordDetail, Stage, Verdict } from '../api/types.js';
import { counts as fetchCounts, getRecord, listRecords, postDecision, type Counts } from './screening-api.js';

const BATCH = 50;

export interface ScreeningQueue {
  /** The record on screen, undefined while loading or when nothing is left. */
  readonly current: RecordDetail | undefined;
  readonly currentId: number | undefined;
  /** True when the record on screen is one gone back to with undo. */
  readonly revisiting: boolean;
  readonly done: boolean;
  readonly counts: Counts | undefined;
  readonly error: string | undefined;
  readonly canUndo: boolean;
  decide(verdict: Verdict, reason?: string | null): void;
  undo(): void;
  /** Back to the next undecided record after an undo. */
  resume(): void;
  /** Jump to a record (from the list view). */
  open(id: number): void;
}

export function useScreeningQueue(stage: Stage, onDecided?: () => void): ScreeningQueue {
  const [queue, setQueue] = useState<number[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [history, setHistory] = useState<number[]>([]);
  const [revisit, setRevisit] = useState<number | null>(null);
  const [details, setDetails] = useState<ReadonlyMap<number, RecordDetail>>(new Map());
  const [counts, setCounts] = useState<Counts>();
  const [error, setError] = useState<string>();
  const decided = useRef(new Set<number>());
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const refilling = useRef(false);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  const refill = useCallback(() => {
    listRecords({ stage, filter: 'undecided', offset: 0, limit: BATCH }).then((p) => {
      setQueue(p.items.map((r) => r.id).filter((id) => !decided.current.has(id)));
      setLoaded(true);
    }, fail);
  }, [stage]);
  /** Refills once the decisions posted so far are in, since the server's list leaves those out. */
  const refillAfterPosts = useCallback(() => {
    if (refilling.current) return;
    refilling.current = true;
    chain.current = chain.current.then(() => {
      refilling.current = false;
      refill();
    });
  }, [refill]);
  const recount = useCallback(() => fetchCounts(stage).then(setCounts, fail), [stage]);

  useEffect(() => {
    decided.current = new Set();
    setHistory([]);
    setRevisit(null);
    setLoaded(false);
    setDetails(new Map());
    refill();
    void recount();
  }, [refill, recount]);

  const frontier = queue.find((id) => !decided.current.has(id));
  const currentId = revisit ?? frontier;
  // the record on screen and the next one, so the next key shows it at once
  useEffect(() => {
    const next = queue.filter((id) => !decided.current.has(id) && id !== currentId).slice(0, 1);
    for (const id of [currentId, ...next]) {
      if (id === undefined || details.has(id)) continue;
      getRecord(id).then((d) => setDetails((m) => new Map(m).set(id, d)), fail);
    }
    if (loaded && queue.filter((id) => !decided.current.has(id)).length < 5 && queue.length >= BATCH) refillAfterPosts();
  }, [currentId, queue, details, loaded, refillAfterPosts]);

  const decide = (verdict: Verdict, reason: string | null = null) => {
    if (currentId === undefined) return;
    const id = currentId;
    decided.current.add(id);
    setHistory((h) => [...h, id]);
    setRevisit(null);
    setError(undefined);
    chain.current = chain.current
      .then(() => postDecision({ recordId: id, stage, verdict, reason }))
      .then(
        () => {
          // the record's view now carries the decision, for an undo that comes back to it
          getRecord(id).then((d) => setDetails((m) => new Map(m).set(id, d)), fail);
          void recount();
          onDecided?.();
        },
        (e: unknown) => {
          decided.current.delete(id);
          setHistory((h) => h.filter((x) => x !== id));
          fail(e);
          refill();
        },
      );
    if (queue.filter((x) => !decided.current.has(x)).length === 0) refillAfterPosts();
    else setQueue((q) => [...q]);
  };

  const undo = () => {
    if (history.length === 0) return;
    const back = history[history.length - 1];
    setHistory(history.slice(0, -1));
    // once the post has landed the detail shows the verdict to change
    chain.current = chain.current.then(() => getRecord(back).then((d) => setDetails((m) => new Map(m).set(back, d)), fail));
    setRevisit(back);
  };

  return {
    current: currentId === undefined ? undefined : details.get(currentId),
    currentId,
    revisiting: revisit !== null,
    done: loaded && currentId === undefined,
    counts,
    error,
    canUndo: history.length > 0,
    decide,
    undo,
    resume: () => setRevisit(null),
    open: (id: number) => setRevisit(id),
  };
}
