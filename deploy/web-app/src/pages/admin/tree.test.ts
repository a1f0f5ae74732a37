import { describe, expect, it } from "vitest";
import { buildTree, childKind, findNode, parentKind, pathTo, subtreeIds } from "./tree";

const FLAT = [
  { id: "ag", kind: "PROVINCE", name: "Tỉnh An Giang", parentId: null },
  { id: "ag-syt", kind: "BASE", name: "Đảng bộ Sở Y tế", parentId: "ag-dukcqdn" },
  { id: "ag-dukcqdn", kind: "BLOC", name: "Đảng ủy Khối cơ quan", parentId: "ag" },
  { id: "ag-bvdk", kind: "UNIT", name: "Bệnh viện đa khoa", parentId: "ag-syt" },
  { id: "ag-sgddt", kind: "BASE", name: "Đảng bộ Sở Giáo dục", parentId: "ag-dukcqdn" },
  { id: "ag-dn", kind: "BLOC", name: "Đảng ủy Khối doanh nghiệp", parentId: "ag" },
];

describe("buildTree", () => {
  it("hangs each organisation under its parent, whatever order the pages came in, siblings by name", () => {
    const roots = buildTree(FLAT);
    expect(roots.map((n) => n.organisation.id)).toEqual(["ag"]);
    expect(roots[0].children.map((n) => n.organisation.id)).toEqual(["ag-dukcqdn", "ag-dn"]);
    // "Đảng bộ Sở Giáo dục" before "Đảng bộ Sở Y tế": Vietnamese order
    expect(roots[0].children[0].children.map((n) => n.organisation.id)).toEqual(["ag-sgddt", "ag-syt"]);
    expect(findNode(roots, "ag-syt")!.children.map((n) => n.organisation.id)).toEqual(["ag-bvdk"]);
  });

  it("keeps an organisation whose parent the list lacks as a root, not lost", () => {
    const roots = buildTree(FLAT.filter((o) => o.id !== "ag"));
    expect(roots.map((n) => n.organisation.id)).toEqual(["ag-dukcqdn", "ag-dn"]);
  });

  it("gives nothing for nothing", () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe("the tree's neighbours", () => {
  it("knows the kind under and above each kind", () => {
    expect(childKind("PROVINCE")).toBe("BLOC");
    expect(childKind("BASE")).toBe("UNIT");
    expect(childKind("UNIT")).toBeUndefined();
    expect(parentKind("BASE")).toBe("BLOC");
    expect(parentKind("PROVINCE")).toBeUndefined();
  });

  it("names a node and everything under it, and the path down to a node", () => {
    const roots = buildTree(FLAT);
    expect([...subtreeIds(findNode(roots, "ag-dukcqdn")!)].sort()).toEqual(
      ["ag-bvdk", "ag-dukcqdn", "ag-sgddt", "ag-syt"],
    );
    expect(pathTo(FLAT, "ag-bvdk")).toEqual(["ag", "ag-dukcqdn", "ag-syt", "ag-bvdk"]);
  });
});
