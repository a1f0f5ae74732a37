import { describe, expect, it } from "vitest";
import en from "./en.json";
import vi from "./vi.json";

function keys(catalogue: object, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("catalogues", () => {
  it("English says everything Vietnamese says, and nothing more", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("no text is left empty", () => {
    const empty = [vi, en].flatMap((catalogue) =>
      keys(catalogue).filter((key) => key.split(".").reduce((o: any, k) => o[k], catalogue) === ""),
    );
    expect(empty).toEqual([]);
  });
});
