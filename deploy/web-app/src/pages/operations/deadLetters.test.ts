// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  filterLetters, isOpen, NO_FILTER, openCount, replayedAll, toReplay, topicsOf, withReport, type LetterLike,
} from "./deadLetters";

const unreadable: LetterLike = {
  id: "recognition-service.registry.model-events.dlq/0/4", sourceTopic: "registry.model-events", key: "m-1",
  eventType: "dvk.registry.model.submitted.v1", reason: "The payload is not a JSON document", status: "PENDING",
};
const missing: LetterLike = {
  id: "recognition-service.registry.organisation-events.dlq/0/1", sourceTopic: "registry.organisation-events",
  key: "ag-syt", eventType: "dvk.registry.organisation.renamed.v1", reason: "The payload lacks fields",
  status: "FAILED", lastReplayError: "The payload lacks fields OrganisationChanged needs",
};
const replayed: LetterLike = {
  id: "recognition-service.registry.model-events.dlq/0/2", sourceTopic: "registry.model-events", key: "m-2",
  eventType: "dvk.registry.model.withdrawn.v1", reason: "The registry does not have the model", status: "REPLAYED",
  outcome: "applied",
};
const letters = [unreadable, missing, replayed];

describe("filterLetters", () => {
  it("shows what still waits for a replay by default: never replayed, or replayed and failed again", () => {
    expect(filterLetters(letters, NO_FILTER)).toEqual([unreadable, missing]);
    expect(filterLetters(letters, { ...NO_FILTER, status: "replayed" })).toEqual([replayed]);
    expect(filterLetters(letters, { ...NO_FILTER, status: "all" })).toEqual(letters);
  });

  it("narrows to a topic and to every word typed, in the type, key, id or reasons", () => {
    expect(filterLetters(letters, { status: "all", topic: "registry.model-events", text: "" }))
      .toEqual([unreadable, replayed]);
    expect(filterLetters(letters, { status: "all", topic: null, text: "  JSON submitted " })).toEqual([unreadable]);
    expect(filterLetters(letters, { status: "all", topic: null, text: "OrganisationChanged" })).toEqual([missing]);
    expect(filterLetters(letters, { status: "all", topic: null, text: "m-2" })).toEqual([replayed]);
    expect(filterLetters(letters, { status: "open", topic: null, text: "m-2" })).toEqual([]);
  });
});

describe("the letters' counts and topics", () => {
  it("counts the open letters and lists each topic once, sorted", () => {
    expect(openCount(letters)).toBe(2);
    expect(openCount([])).toBe(0);
    expect(topicsOf(letters)).toEqual(["registry.model-events", "registry.organisation-events"]);
    expect(isOpen(replayed)).toBe(false);
  });
});

describe("replaying", () => {
  it("sends only the open letters selected, never an empty choice turned into every letter", () => {
    expect(toReplay(letters, new Set([unreadable.id!, replayed.id!]))).toEqual([unreadable.id]);
    expect(toReplay(letters, new Set())).toEqual([]);
  });

  it("puts the letters the replay answered in place of those listed, and tells success from a new failure", () => {
    const nowReplayed = { ...unreadable, status: "REPLAYED", outcome: "applied" };
    const report = { attempted: 1, replayed: 1, failed: 0, letters: [nowReplayed] };
    expect(withReport(letters, report)).toEqual([nowReplayed, missing, replayed]);
    expect(replayedAll(report)).toBe(true);
    expect(replayedAll({ attempted: 2, replayed: 1, failed: 1, letters: [] })).toBe(false);
  });
});
