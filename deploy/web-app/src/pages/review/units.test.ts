import { describe, expect, it } from "vitest";
import { unitsUnder } from "./units";

const TREE = [
  { id: "ag", kind: "PROVINCE", name: "Tỉnh An Giang", parentId: null },
  { id: "ag-dukcqdn", kind: "BLOC", name: "Khối", parentId: "ag" },
  { id: "ag-syt", kind: "BASE", name: "Sở Y tế", parentId: "ag-dukcqdn" },
  { id: "ag-syt-cdc", kind: "UNIT", name: "Trung tâm Kiểm soát bệnh tật", parentId: "ag-syt" },
  { id: "ag-syt-bvdk", kind: "UNIT", name: "Bệnh viện Đa khoa", parentId: "ag-syt" },
  { id: "ag-sgddt", kind: "BASE", name: "Sở Giáo dục", parentId: "ag-dukcqdn" },
  { id: "ag-sgddt-lx", kind: "UNIT", name: "THPT Long Xuyên", parentId: "ag-sgddt" },
];

describe("the units a committee's queue may be narrowed to", () => {
  it("are the units under a base, by name", () => {
    expect(unitsUnder(TREE, "ag-syt")).toEqual([
      { value: "ag-syt-bvdk", label: "Bệnh viện Đa khoa" },
      { value: "ag-syt-cdc", label: "Trung tâm Kiểm soát bệnh tật" },
    ]);
  });

  it("reach through the bases for a bloc, and never loop on a broken tree", () => {
    expect(unitsUnder(TREE, "ag-dukcqdn").map((u) => u.value).sort()).toEqual(["ag-sgddt-lx", "ag-syt-bvdk", "ag-syt-cdc"]);
    expect(unitsUnder([{ id: "a", kind: "UNIT", parentId: "b" }, { id: "b", kind: "BASE", parentId: "a" }], "x")).toEqual([]);
  });
});
