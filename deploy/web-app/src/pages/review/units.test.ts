// @vitest-environment node
import { describe, expect, it } from "vitest";
import { PROVINCE } from "../../test/province";
import { unitsUnder } from "./units";


describe("the units a committee's queue may be narrowed to", () => {
  it("are the units under a base, by name", () => {
    expect(unitsUnder(PROVINCE, "ag-syt")).toEqual([
      { value: "ag-syt-bvdk", label: "Bệnh viện Đa khoa" },
      { value: "ag-syt-cdc", label: "Trung tâm Kiểm soát bệnh tật" },
    ]);
  });

  it("reach through the bases for a bloc, and never loop on a broken tree", () => {
    expect(unitsUnder(PROVINCE, "ag-dukcqdn").map((u) => u.value).sort()).toEqual(["ag-sgddt-lx", "ag-syt-bvdk", "ag-syt-cdc"]);
    expect(unitsUnder([{ id: "a", kind: "UNIT", parentId: "b" }, { id: "b", kind: "BASE", parentId: "a" }], "x")).toEqual([]);
  });
});
