import { useSyncExternalStore } from "react";
import { orThrow, type Apis, type Registry } from "../../api/client";
import { followEvents } from "../../api/eventStream";

export type FeedEntry = Registry["NotificationView"];

const STREAM = "/api/v1/notifications/stream";

/** What the feed holds: its entries newest first, the id up to which the person has read, and whether it loaded. */
export interface FeedState {
  entries: FeedEntry[];
  seenUpTo: number;
  loaded: boolean;
  problem: unknown;
}

/** The unread entries: newer than the last one the person saw on the feed page. */
export function unreadCount(state: FeedState): number {
  return state.entries.filter((entry) => (entry.id ?? 0) > state.seenUpTo).length;
}

/** Adds entries the stream brought, newest first, each once whatever order or repetition they came in. */
export function withEntries(entries: FeedEntry[], fresh: FeedEntry[]): FeedEntry[] {
  const byId = new Map<number, FeedEntry>();
  for (const entry of [...entries, ...fresh]) {
    byId.set(entry.id ?? 0, entry);
  }
  return [...byId.values()].sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
}

/**
 * The unit's feed, one per signed-in app: the first page read from the API, then each new entry as the
 * registry's stream sends it, so the badge and the feed page change without a reload. What the person has read
 * is remembered in the browser per organisation (the feed is the unit's; the API keeps no read marks).
 */
export class Feed {
  private state: FeedState;
  private readonly listeners = new Set<() => void>();
  private stop: (() => void) | null = null;
  private users = 0;

  constructor(private readonly storageKey: string) {
    this.state = { entries: [], seenUpTo: Number(window.localStorage.getItem(storageKey) ?? 0), loaded: false, problem: null };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.state;

  private set(change: Partial<FeedState>) {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }

  /** Reads the feed and follows its stream while at least one screen uses it. */
  start(apis: Apis, token: () => Promise<string | undefined>, language: () => string): () => void {
    this.users++;
    if (this.users === 1) {
      const cancelled = { value: false };
      void (async () => {
        let lastEventId: string | undefined;
        try {
          const page = orThrow(await apis.registry.GET("/api/v1/notifications", { params: { query: { limit: 50 } } }));
          const entries = page.data.items ?? [];
          lastEventId = String(entries[0]?.id ?? 0); // the stream resumes after the newest entry read
          this.set({ entries: withEntries(this.state.entries, entries), loaded: true, problem: null });
        } catch (problem) {
          this.set({ loaded: true, problem });
        }
        if (cancelled.value) {
          return;
        }
        const stopStream = followEvents(STREAM, {
          token,
          language,
          lastEventId,
          onEvent: (event) => {
            if (event.event === "notification") {
              this.set({ entries: withEntries(this.state.entries, [JSON.parse(event.data) as FeedEntry]) });
            }
          },
        });
        this.stop = stopStream;
      })();
      this.stop = () => {
        cancelled.value = true;
      };
    }
    return () => {
      this.users--;
      if (this.users === 0) {
        this.stop?.();
        this.stop = null;
      }
    };
  }

  /** The person has seen every entry shown. */
  markSeen() {
    const newest = this.state.entries[0]?.id ?? 0;
    if (newest > this.state.seenUpTo) {
      window.localStorage.setItem(this.storageKey, String(newest));
      this.set({ seenUpTo: newest });
    }
  }
}

const feeds = new Map<string, Feed>();

/** The feed of the organisation's unit (one per organisation, for the app's whole life). */
export function feedOf(organisationId: string): Feed {
  let feed = feeds.get(organisationId);
  if (!feed) {
    feed = new Feed(`dvk.feed.seen.${organisationId}`);
    feeds.set(organisationId, feed);
  }
  return feed;
}

export function useFeedState(feed: Feed): FeedState {
  return useSyncExternalStore(feed.subscribe, feed.snapshot);
}
