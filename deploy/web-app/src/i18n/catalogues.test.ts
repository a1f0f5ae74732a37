// @vitest-environment node
import { describe, expect, it } from "vitest";
import { CATALOGUES, FILES, type Catalogue } from "./catalogues";

function keys(catalogue: object, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function fileNames(files: Record<string, Catalogue>): string[] {
  return Object.keys(files).map((path) => path.replace(/^.*\//, "")).sort();
}

describe("catalogues", () => {
  it("English says everything Vietnamese says, and nothing more", () => {
    expect(keys(CATALOGUES.en).sort()).toEqual(keys(CATALOGUES.vi).sort());
    expect(fileNames(FILES.en)).toEqual(fileNames(FILES.vi));
  });

  it("no area's file claims another's top-level key", () => {
    for (const files of [FILES.vi, FILES.en]) {
      const tops = Object.values(files).flatMap((catalogue) => Object.keys(catalogue));
      expect(tops.filter((key, i) => tops.indexOf(key) !== i)).toEqual([]);
    }
  });

  it("no text is left empty", () => {
    const empty = [CATALOGUES.vi, CATALOGUES.en].flatMap((catalogue) =>
      keys(catalogue).filter((key) => key.split(".").reduce((o: any, k) => o[k], catalogue) === ""),
    );
    expect(empty).toEqual([]);
  });
});
