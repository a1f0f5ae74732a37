import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useKeysetPages, type KeysetPage } from "./useKeysetPages";

type Page = KeysetPage<string> & { total?: number };

/** A service answering when told to: each read waits until the test resolves it. */
function service() {
  const reads: { query: string; cursor?: string; answer: (page: Page) => void; fail: (e: unknown) => void }[] = [];
  const read = (query: string) => (cursor?: string) =>
    new Promise<Page>((answer, fail) => reads.push({ query, cursor, answer, fail }));
  return { reads, read };
}

describe("a list read page by page", () => {
  it("appends the next page after the records read, with the cursor the last page gave", async () => {
    const { reads, read } = service();
    const { result } = renderHook(() => useKeysetPages(read("all"), "all"));
    expect(result.current.items).toBeNull();
    await act(async () => reads[0].answer({ items: ["a", "b"], nextCursor: "c1", total: 3 }));
    expect(result.current.items).toEqual(["a", "b"]);
    expect(result.current.hasMore).toBe(true);

    act(() => result.current.more());
    expect(reads[1].cursor).toBe("c1");
    await act(async () => reads[1].answer({ items: ["c"] }));
    expect(result.current.items).toEqual(["a", "b", "c"]);
    expect(result.current.hasMore).toBe(false);
  });

  it("starts again from the first page when the query changes, and drops the answer to the older query", async () => {
    const { reads, read } = service();
    const { result, rerender } = renderHook(({ q }) => useKeysetPages(read(q), { q }), { initialProps: { q: "dan" } });
    rerender({ q: "dan van" });
    await waitFor(() => expect(reads).toHaveLength(2));
    expect(reads[1]).toMatchObject({ query: "dan van", cursor: undefined });

    await act(async () => reads[1].answer({ items: ["newer"] }));
    await act(async () => reads[0].answer({ items: ["older"] })); // answered late, for a query no longer asked
    expect(result.current.items).toEqual(["newer"]);
  });

  it("keeps the same query built afresh as one query: no second read", async () => {
    const { reads, read } = service();
    const { rerender } = renderHook(({ q }) => useKeysetPages(read(q), { q, status: null }), {
      initialProps: { q: "x" },
    });
    rerender({ q: "x" });
    rerender({ q: "x" });
    expect(reads).toHaveLength(1);
  });

  it("says what failed, and reads the first page again on reload", async () => {
    const { reads, read } = service();
    const { result } = renderHook(() => useKeysetPages(read("all"), "all"));
    await act(async () => reads[0].fail(new Error("503")));
    expect(result.current.error).toEqual(new Error("503"));
    expect(result.current.items).toBeNull();

    act(() => result.current.reload());
    expect(result.current.error).toBeNull();
    await act(async () => reads[1].answer({ items: ["a"], total: 1 }));
    expect(result.current.items).toEqual(["a"]);
    expect(result.current.last?.total).toBe(1);
  });
});
