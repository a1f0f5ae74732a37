import { describe, expect, it, vi } from "vitest";
import type { Apis } from "../../api/client";
import { Feed, unreadCount, withEntries, type FeedEntry } from "./feed";

const entry = (id: number): FeedEntry => ({ id, kind: "RETURNED", modelTitle: `m${id}` });

describe("the feed", () => {
  it("keeps each entry once, newest first, whatever order the page and the stream bring them in", () => {
    const read = [entry(5), entry(3)];
    expect(withEntries(read, [entry(7), entry(5), entry(6)]).map((e) => e.id)).toEqual([7, 6, 5, 3]);
  });

  it("counts as unread what is newer than the last entry seen", () => {
    const entries = [entry(9), entry(8), entry(4)];
    expect(unreadCount({ entries, seenUpTo: 4, loaded: true, problem: null })).toBe(2);
    expect(unreadCount({ entries, seenUpTo: 9, loaded: true, problem: null })).toBe(0);
  });
});

describe("Feed", () => {
  it("reads the first page, then adds what the stream sends after its newest entry", async () => {
    const headers: Record<string, string>[] = [];
    vi.stubGlobal("fetch", async (_path: string, init: RequestInit) => {
      headers.push(init.headers as Record<string, string>);
      if (headers.length > 1) {
        return new Promise<Response>(() => {}); // the second connection stays open, sending nothing
      }
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(": open\n\nevent: notification\nid: 8\ndata: "
            + JSON.stringify(entry(8)) + "\n\n"));
          controller.close();
        },
      });
      return new Response(body, { status: 200 });
    });
    const apis = {
      registry: {
        GET: async () => ({ data: { items: [entry(5)] }, response: new Response("{}", { status: 200 }) }),
      },
    } as unknown as Apis;
    window.localStorage.setItem("dvk.feed.seen.test-unit", "5");
    const feed = new Feed("dvk.feed.seen.test-unit");

    const stop = feed.start(apis, async () => "token", () => "vi");
    await vi.waitFor(() => expect(feed.snapshot().entries.map((e) => e.id)).toEqual([8, 5]));
    expect(unreadCount(feed.snapshot())).toBe(1);
    expect(headers[0]["Last-Event-ID"]).toBe("5");
    expect(headers[0].Authorization).toBe("Bearer token");

    feed.markSeen();
    expect(unreadCount(feed.snapshot())).toBe(0);
    expect(window.localStorage.getItem("dvk.feed.seen.test-unit")).toBe("8");
    stop();
    vi.unstubAllGlobals();
  });
});
