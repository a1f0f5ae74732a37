// @vitest-environment node
import { describe, expect, it } from "vitest";
import { definitionOf, EMPTY_CAMPAIGN, windowErrors } from "./campaign";
import { criterionErrors, totalWeight } from "./criteria";

describe("criterionErrors", () => {
  it("puts a row's violation at its cell and the list's at the list", () => {
    expect(criterionErrors({
      violations: [
        { field: "set.request.criteria[1].weight", message: "phải lớn hơn 0" },
        { field: "criteria", message: "tổng trọng số phải là 100" },
        { field: "set.request.passThreshold", message: "tối đa 100" },
      ],
    })).toEqual({ "1.weight": "phải lớn hơn 0", criteria: "tổng trọng số phải là 100", passThreshold: "tối đa 100" });
  });

  it("sums the weights", () => {
    expect(totalWeight([{ weight: 60 }, { weight: 40 }, {}])).toBe(100);
  });
});

describe("a campaign's definition", () => {
  const values = {
    ...EMPTY_CAMPAIGN, id: " ag-dvk-2027 ", name: "Đợt 2027", organisationId: "ag", startsOn: "2027-01-01",
    endsOn: "2027-12-31",
    windows: [{ opensOn: "2027-07-01", closesOn: "2027-07-31" }, { opensOn: "", closesOn: "" },
      { opensOn: "2027-09-01", closesOn: "" }],
  };

  it("sends the windows of the levels given, blanks left for the API to judge", () => {
    const sent = definitionOf(values);
    expect(sent.id).toBe("ag-dvk-2027");
    expect(sent.registrationDeadline).toBeUndefined();
    expect(sent.reviewWindows).toEqual([
      { level: "BASE", opensOn: "2027-07-01", closesOn: "2027-07-31" },
      { level: "PROVINCE", opensOn: "2027-09-01", closesOn: undefined },
    ]);
  });

  it("maps a window's violation back to the row of its level", () => {
    expect(windowErrors({ violations: [{ field: "create.definition.reviewWindows[1].closesOn", message: "bắt buộc" }] },
      values)).toEqual({ "2.closesOn": "bắt buộc" });
  });
});
