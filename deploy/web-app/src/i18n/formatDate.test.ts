import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./index";

describe("formatDate", () => {
  it("writes a day as Vietnamese documents do, with two-digit day and month and the whole year", () => {
    expect(formatDate("2026-12-05T03:00:00Z", "vi")).toBe("05/12/2026");
    expect(formatDate("2026-06-15", "vi")).toBe("15/06/2026");
  });

  it("reads an instant on the province's calendar", () => {
    expect(formatDate("2026-12-04T18:30:00Z", "vi")).toBe("05/12/2026");
  });

  it("writes English dates the British way and nothing for no date", () => {
    expect(formatDate("2026-12-05T03:00:00Z", "en")).toBe("05/12/2026");
    expect(formatDate(undefined, "vi")).toBe("");
  });
});

describe("formatDateTime", () => {
  it("gives the moment to the second on the province's clock", () => {
    const written = formatDateTime("2026-12-04T18:30:05Z", "vi");
    expect(written).toContain("01:30:05");
    expect(written).toContain("05/12/2026");
    expect(formatDateTime(undefined, "en")).toBe("");
  });
});
