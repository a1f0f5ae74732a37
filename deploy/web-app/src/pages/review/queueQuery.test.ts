// @vitest-environment node
import { describe, expect, it } from "vitest";
import { filtersOf, isFiltered, queueQuery, searchOf } from "./queueQuery";

describe("the queue's filters", () => {
  it("send only the filters set, the window as a boolean and the order when not the default", () => {
    const filters = filtersOf(new URLSearchParams("campaignId=dvk-2026&field=ECONOMY&overdue=yes&sort=newest"));
    expect(queueQuery(filters, "cursor-1", 20)).toEqual({
      campaignId: "dvk-2026", field: "ECONOMY", overdue: true, sort: "newest", cursor: "cursor-1", limit: 20,
    });
  });

  it("send overdue=false for the cases within their window, nothing for any", () => {
    expect(queueQuery(filtersOf(new URLSearchParams("overdue=no"))).overdue).toBe(false);
    expect(queueQuery(filtersOf(new URLSearchParams(""))) ).toEqual({ limit: 20 });
  });

  it("read what the address does not name, or names wrongly, as any, and the oldest first", () => {
    const filters = filtersOf(new URLSearchParams("overdue=maybe&sort=sideways&unitId=%20&kind=MODEL"));
    expect(filters).toEqual({ campaignId: null, field: null, kind: "MODEL", unitId: null, stage: null, overdue: null,
      sort: "oldest" });
  });

  it("go back to the address they came from", () => {
    const search = "campaignId=dvk-2026&unitId=ag-syt-bvdk&stage=UNDER_REVIEW&overdue=no&sort=newest";
    expect(searchOf(filtersOf(new URLSearchParams(search))).toString()).toBe(search);
  });

  it("tell a filtered queue from an unfiltered one, whatever its order", () => {
    expect(isFiltered(filtersOf(new URLSearchParams("sort=newest")))).toBe(false);
    expect(isFiltered(filtersOf(new URLSearchParams("unitId=ag-syt-cdc")))).toBe(true);
  });
});
