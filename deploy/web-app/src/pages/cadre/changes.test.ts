// @vitest-environment node
import { describe, expect, it } from "vitest";
import { changesBetween, shownValue } from "./changes";

const RETURNED = {
  campaignId: "dvk-2026", kind: "MODEL", field: "ECONOMY", ownerKind: "COLLECTIVE", title: "Dân vận khéo",
  summary: "Tóm tắt", goals: "Mục tiêu", implementation: "Cách làm", startedOn: "2026-01-05", tags: ["y tế"],
};

describe("changesBetween", () => {
  it("names each changed field in the record's order, with the value before and after", () => {
    const edited = { ...RETURNED, implementation: "Cách làm mới", title: "Dân vận khéo 2", tags: ["y tế", "xã"] };
    expect(changesBetween(RETURNED, edited)).toEqual([
      { field: "title", before: "Dân vận khéo", after: "Dân vận khéo 2" },
      { field: "implementation", before: "Cách làm", after: "Cách làm mới" },
      { field: "tags", before: ["y tế"], after: ["y tế", "xã"] },
    ]);
  });

  it("sees nothing changed where only emptiness, spacing or Unicode form differ", () => {
    const same = {
      ...RETURNED, title: "Da\u0302n va\u0323\u0302n khéo ", results: "", ownerName: null, assignedTask: undefined,
    };
    expect(changesBetween({ ...RETURNED, tags: [] }, { ...same, tags: undefined })).toEqual([]);
  });

  it("shows a field filled in or cleared, and fields the app does not know yet", () => {
    expect(changesBetween({ ...RETURNED, newField: 1 }, { ...RETURNED, results: "Kết quả", summary: " " })).toEqual([
      { field: "summary", before: "Tóm tắt", after: null },
      { field: "results", before: null, after: "Kết quả" },
      { field: "newField", before: 1, after: null },
    ]);
  });
});

describe("shownValue", () => {
  const t = (key: string) => `<${key}>`;
  it("words codes, joins lists and says when nothing is given", () => {
    expect(shownValue("field", "ECONOMY", t)).toBe("<field.ECONOMY>");
    expect(shownValue("tags", ["a", "b"], t)).toBe("a, b");
    expect(shownValue("results", null, t)).toBe("<model.notGiven>");
    expect(shownValue("title", "Tên", t)).toBe("Tên");
  });
});
