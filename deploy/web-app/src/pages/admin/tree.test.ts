// @vitest-environment node
import { describe, expect, it } from "vitest";
import { PROVINCE } from "../../test/province";
import { buildTree, childKind, findNode, parentKind, pathTo, subtreeIds } from "./tree";


describe("buildTree", () => {
  it("hangs each organisation under its parent, whatever order the pages came in, siblings by name", () => {
    const roots = buildTree(PROVINCE);
    expect(roots.map((n) => n.organisation.id)).toEqual(["ag"]);
    expect(roots[0].children.map((n) => n.organisation.id)).toEqual(["ag-dukcqdn", "ag-dn"]);
    // "Đảng bộ Sở Giáo dục" before "Đảng bộ Sở Y tế": Vietnamese order
    expect(roots[0].children[0].children.map((n) => n.organisation.id)).toEqual(["ag-sgddt", "ag-syt"]);
    expect(findNode(roots, "ag-syt")!.children.map((n) => n.organisation.id)).toEqual(["ag-syt-bvdk", "ag-syt-cdc"]);
  });

  it("keeps an organisation whose parent the list lacks as a root, not lost", () => {
    const roots = buildTree(PROVINCE.filter((o) => o.id !== "ag"));
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
    const roots = buildTree(PROVINCE);
    expect([...subtreeIds(findNode(roots, "ag-dukcqdn")!)].sort()).toEqual(
      ["ag-dukcqdn", "ag-sgddt", "ag-sgddt-lx", "ag-syt", "ag-syt-bvdk", "ag-syt-cdc"],
    );
    expect(pathTo(PROVINCE, "ag-syt-bvdk")).toEqual(["ag", "ag-dukcqdn", "ag-syt", "ag-syt-bvdk"]);
  });
});
