// @vitest-environment node
import { describe, expect, it } from "vitest";
import { EventStreamParser, followEvents, type ServerEvent } from "./eventStream";

describe("EventStreamParser", () => {
  it("reads events cut anywhere, skipping comments, keeping the last id", () => {
    const parser = new EventStreamParser();
    const text = ': open\n\nevent: notification\nid: 7\ndata: {"a":1}\n\n: keep-alive\n\ndata: x\n\n';
    const events: ServerEvent[] = [];
    for (const ch of text) {
      events.push(...parser.push(ch)); // one character at a time: the worst cut
    }
    expect(events).toEqual([
      { event: "notification", id: "7", data: '{"a":1}' },
      { event: "message", id: "7", data: "x" },
    ]);
  });

  it("joins data lines, and takes CRLF, CR and a CR whose LF comes in the next chunk", () => {
    const parser = new EventStreamParser();
    expect(parser.push("event: a\r\ndata: one\rdata:two\r")).toEqual([]);
    expect(parser.push("\n\r\n")).toEqual([{ event: "a", id: undefined, data: "one\ntwo" }]);
  });

  it("dispatches nothing for an event without data, nor before its blank line", () => {
    const parser = new EventStreamParser();
    expect(parser.push("event: expired\n\nevent: notification\ndata: {}\n")).toEqual([]);
    expect(parser.push("\n")).toEqual([{ event: "notification", id: undefined, data: "{}" }]);
  });
});

/** A response whose body streams the chunks given, then ends. */
function streamOf(...chunks: string[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) {
        controller.enqueue(new TextEncoder().encode(chunk));
      }
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
}

describe("followEvents", () => {
  it("sends the token and, on reconnecting, the id of the last event had", async () => {
    const calls: Record<string, string>[] = [];
    const answers = [
      () => streamOf("event: notification\nid: 41\ndata: {}\n\n", "event: notification\nid: 42\ndata: {}\n\n"),
      () => new Response("", { status: 503 }),
      () => streamOf("event: notification\nid: 43\ndata: {}\n\n"),
    ];
    const events: string[] = [];
    const errors: unknown[] = [];
    let tokens = 0;
    let stop = () => {};
    await new Promise<void>((done) => {
      stop = followEvents("/api/v1/notifications/stream", {
        token: async () => `token-${++tokens}`,
        language: () => "vi",
        lastEventId: "40",
        fetch: async (_path, init) => {
          calls.push({ ...(init?.headers as Record<string, string>) });
          return answers[calls.length - 1]();
        },
        sleep: async () => {},
        onEvent: (event) => {
          events.push(event.id!);
          if (event.id === "43") {
            done();
          }
        },
        onError: (error) => errors.push(error),
      });
    });
    stop();
    expect(events).toEqual(["41", "42", "43"]);
    expect(calls.map((h) => [h.Authorization, h["Last-Event-ID"], h.Accept])).toEqual([
      ["Bearer token-1", "40", "text/event-stream"],
      ["Bearer token-2", "42", "text/event-stream"], // refused: tried again after the pause
      ["Bearer token-3", "42", "text/event-stream"],
    ]);
    expect(errors).toHaveLength(1);
  });
});
