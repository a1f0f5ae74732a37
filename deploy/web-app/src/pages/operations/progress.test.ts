// @vitest-environment node
import { describe, expect, it } from "vitest";
import { isRunning, percentDone } from "./progress";

describe("percentDone", () => {
  it("counts applied and skipped events against those on the topics at the start", () => {
    expect(percentDone({ state: "RUNNING", eventsApplied: 30, eventsSkipped: 10, eventsTotal: 80 })).toBe(50);
  });

  it("stays under 100 until the service says done, even when more events came meanwhile", () => {
    expect(percentDone({ state: "SWITCHING", eventsApplied: 120, eventsSkipped: 0, eventsTotal: 100 })).toBe(99);
    expect(percentDone({ state: "DONE", eventsApplied: 120, eventsTotal: 100 })).toBe(100);
  });

  it("is nought before there is anything to count", () => {
    expect(percentDone(null)).toBe(0);
    expect(percentDone({ state: "RUNNING", eventsApplied: 0, eventsTotal: 0 })).toBe(0);
  });
});

describe("isRunning", () => {
  it("is true while reading or switching, not before, after or on failure", () => {
    expect(["NONE", "RUNNING", "SWITCHING", "DONE", "FAILED"].map((state) => isRunning({ state }))).toEqual([
      false, true, true, false, false,
    ]);
  });
});
