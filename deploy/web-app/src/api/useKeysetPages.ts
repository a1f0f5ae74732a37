import { useCallback, useEffect, useRef, useState } from "react";

/** One page of a keyset-paged list as every DVK list answers it. */
export interface KeysetPage<T> {
  items?: T[];
  nextCursor?: string | null;
}

/** The record type of a page type. */
export type ItemOf<P> = P extends KeysetPage<infer T> ? T : never;

/** What a keyset-paged list holds: the records read so far, the last page (for what it says beside its items). */
export interface KeysetPages<T, P = KeysetPage<T>> {
  /** null while the first page is read (or after a change of query) */
  items: T[] | null;
  last: P | null;
  error: unknown;
  /** whether the service said there is more after the records read */
  hasMore: boolean;
  more: () => void;
  reload: () => void;
}

/**
 * Reads a list page by page: the first page whenever `query` changes, the next one on `more()`, appended.
 * An answer to an older query is dropped, so that typing fast never shows the results of an earlier search.
 */
export function useKeysetPages<P extends KeysetPage<unknown>>(
  read: (cursor?: string) => Promise<P>,
  query: unknown,
): KeysetPages<ItemOf<P>, P> {
  type T = ItemOf<P>;
  const [items, setItems] = useState<T[] | null>(null);
  const [last, setLast] = useState<P | null>(null);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const readLatest = useRef(read);
  readLatest.current = read;

  const load = useCallback(async (after: string | undefined, reading: number) => {
    setError(null);
    try {
      const page = await readLatest.current(after);
      if (reading !== generation.current) {
        return;
      }
      setItems((previous) => [...(after ? previous ?? [] : []), ...((page.items ?? []) as T[])]);
      setLast(page);
    } catch (e) {
      if (reading === generation.current) {
        setError(e);
      }
    }
  }, []);

  const restart = useCallback(() => {
    generation.current += 1;
    setItems(null);
    setLast(null);
    void load(undefined, generation.current);
  }, [load]);

  // the query is compared by value: a filter object built afresh on each render is the same query
  const key = JSON.stringify(query);
  useEffect(restart, [key, restart]);

  const cursor = last?.nextCursor ?? undefined;
  return {
    items,
    last,
    error,
    hasMore: cursor !== undefined,
    more: () => void load(cursor, generation.current),
    reload: restart,
  };
}
