/** One server-sent event: its name ("message" when the stream names none), id (if any) and data. */
export interface ServerEvent {
  event: string;
  id?: string;
  data: string;
}

/**
 * Reads a text/event-stream as it arrives, in chunks cut anywhere (in the middle of a line, between a CR and its
 * LF), by the rules of the HTML standard's event-stream interpretation: comments skipped, data lines joined by
 * newlines, an event dispatched at the blank line that ends it, an event with no data not dispatched.
 */
export class EventStreamParser {
  private buffer = "";
  private event = "";
  private data: string[] = [];
  private id: string | undefined;
  private sawData = false;

  /** The events that the chunk completes (a partial one waits for the rest). */
  push(chunk: string): ServerEvent[] {
    this.buffer += chunk;
    const events: ServerEvent[] = [];
    for (;;) {
      const end = this.buffer.search(/\r\n|\r|\n/);
      // a CR at the very end may be followed by its LF in the next chunk: wait for it
      if (end < 0 || (this.buffer[end] === "\r" && end === this.buffer.length - 1)) {
        return events;
      }
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + (this.buffer.startsWith("\r\n", end) ? 2 : 1));
      const event = this.line(line);
      if (event) {
        events.push(event);
      }
    }
  }

  private line(line: string): ServerEvent | null {
    if (line === "") {
      const event = this.sawData ? { event: this.event || "message", id: this.id, data: this.data.join("\n") } : null;
      this.event = "";
      this.data = [];
      this.sawData = false;
      return event;
    }
    if (line.startsWith(":")) {
      return null; // a comment: the server's keep-alive
    }
    const colon = line.indexOf(":");
    const name = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) {
      value = value.slice(1);
    }
    if (name === "event") {
      this.event = value;
    } else if (name === "data") {
      this.data.push(value);
      this.sawData = true;
    } else if (name === "id" && !value.includes("\0")) {
      this.id = value; // kept for the events that follow, as EventSource keeps its last event id
    }
    return null;
  }
}

export interface FollowOptions {
  /** The bearer token, read afresh for each connection (the stream ends when the token it was opened with does). */
  token: () => Promise<string | undefined>;
  language: () => string;
  /** Where to resume: the id of the last event already had. */
  lastEventId?: string;
  onEvent: (event: ServerEvent) => void;
  /** A connection failed or was refused; the reader tries again after the pause. */
  onError?: (error: unknown) => void;
  /** The pause before reconnecting, in ms. */
  retryAfter?: number;
  fetch?: typeof fetch;
  /** How to wait before reconnecting (tests pass one that does not wait). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Follows a server-sent-event stream with fetch, because EventSource cannot send the Authorization header the
 * services ask for. When the stream ends (its token expired: the last event is `expired`; a replica stopped; the
 * network dropped) it reconnects with a fresh token and Last-Event-ID, so nothing is missed or repeated.
 * Returns a function that stops it.
 */
export function followEvents(path: string, options: FollowOptions): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const fetchIt = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? pause;
  let lastEventId = options.lastEventId;

  const connect = async () => {
    const headers: Record<string, string> = { Accept: "text/event-stream", "Accept-Language": options.language() };
    const token = await options.token();
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    if (lastEventId !== undefined) {
      headers["Last-Event-ID"] = lastEventId;
    }
    const response = await fetchIt(path, { headers, signal, cache: "no-store" });
    if (!response.ok || !response.body) {
      throw new Error(`${path} answered ${response.status}`);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new EventStreamParser();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      for (const event of parser.push(value)) {
        if (event.id !== undefined) {
          lastEventId = event.id;
        }
        options.onEvent(event);
      }
    }
  };

  void (async () => {
    while (!signal.aborted) {
      try {
        await connect();
      } catch (error) {
        if (signal.aborted) {
          return;
        }
        options.onError?.(error);
      }
      await sleep(options.retryAfter ?? 3000, signal);
    }
  })();
  return () => controller.abort();
}
