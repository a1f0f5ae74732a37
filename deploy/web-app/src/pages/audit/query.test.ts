// @vitest-environment node
import { describe, expect, it } from "vitest";
import { auditQuery, NO_FILTER } from "./query";

describe("auditQuery", () => {
  it("asks for everything when nothing is filtered", () => {
    expect(auditQuery(NO_FILTER)).toEqual({});
  });

  it("trims the texts and leaves out blank ones", () => {
    expect(auditQuery({ ...NO_FILTER, actor: "  province.admin ", subjectId: "   " })).toEqual({
      actor: "province.admin",
    });
  });

  it("turns days into instants on the province's calendar, the last day included whole", () => {
    expect(auditQuery({ ...NO_FILTER, fromDay: "2026-12-05", toDay: "2026-12-31" })).toEqual({
      from: "2026-12-05T00:00:00+07:00",
      to: "2027-01-01T00:00:00+07:00",
    });
  });

  it("sends an action only to the trail that records it", () => {
    expect(auditQuery({ ...NO_FILTER, action: "ORGANISATION_CREATED" }).action).toBe("ORGANISATION_CREATED");
    expect(auditQuery({ ...NO_FILTER, trail: "recognition", action: "ORGANISATION_CREATED" }).action).toBeUndefined();
    expect(auditQuery({ ...NO_FILTER, trail: "recognition", action: "VOTE" }).action).toBe("VOTE");
  });
});
