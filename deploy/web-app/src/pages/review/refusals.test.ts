// @vitest-environment node
import { describe, expect, it } from "vitest";
import { refusedParts } from "./refusals";

const label = (n: number, recipient: string) => `Khen thưởng ${n}${recipient ? ` (${recipient})` : ""}`;

describe("a refused decision's parts", () => {
  it("name each refused case by the title the committee chose it by, with the API's reason", () => {
    const parts = refusedParts({
      status: 409,
      current: [
        { modelId: "m-1", reason: "Chưa có ai chấm điểm theo tiêu chí của cấp cơ sở" },
        { modelId: "m-2", reason: "Mới có 2/4 thành viên tán thành, cần 70%" },
      ],
    }, { "m-1": "Tổ tự quản", "m-2": "Bếp ăn 0 đồng" }, label);
    expect(parts.map((p) => [p.subject, p.reason])).toEqual([
      ["Tổ tự quản", "Chưa có ai chấm điểm theo tiêu chí của cấp cơ sở"],
      ["Bếp ăn 0 đồng", "Mới có 2/4 thành viên tán thành, cần 70%"],
    ]);
  });

  it("name a refused commendation by its number on the screen (from 1) and its recipient", () => {
    const parts = refusedParts({ status: 409, current: [{ commendation: 1, modelId: "m-1", reason: "thiếu mức" }] },
      {}, label, ["Khoa Nhi", "Chi bộ Khoa Nội"]);
    expect(parts).toEqual([{ key: "c1-0", subject: "Khen thưởng 2 (Chi bộ Khoa Nội)", reason: "thiếu mức",
      commendation: 1, modelId: "m-1" }]);
  });

  it("fall back on the case's id when the screen does not know its title", () => {
    expect(refusedParts({ status: 409, current: [{ modelId: "m-9", reason: "x" }] }, {}, label)[0].subject).toBe("m-9");
  });

  it("find no parts in a problem that lists none (a stale version, a taken number)", () => {
    expect(refusedParts({ status: 409, current: { version: 3 } }, {}, label)).toEqual([]);
    expect(refusedParts({ status: 409, title: "Số quyết định đã dùng" }, {}, label)).toEqual([]);
  });
});
