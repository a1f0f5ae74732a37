// @vitest-environment node
import { describe, expect, it } from "vitest";
import { messagesByField } from "./problem";

describe("messagesByField", () => {
  it("puts each violation at the form field it names, nested or indexed", () => {
    expect(
      messagesByField({
        status: 400,
        violations: [
          { field: "title", message: "không được để trống" },
          { field: "content.field", message: "bắt buộc" },
          { field: "tags[2]", message: "quá dài" },
          { field: "title", message: "quá dài" },
        ],
      }),
    ).toEqual({ title: "không được để trống; quá dài", field: "bắt buộc", tags: "quá dài" });
  });

  it("gives nothing for a problem without violations", () => {
    expect(messagesByField({ status: 409 })).toEqual({});
  });
});
