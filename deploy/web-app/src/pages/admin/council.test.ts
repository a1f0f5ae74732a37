// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ProblemError } from "../../api/problem";
import { candidates, changeSeat, councilErrors, councilMembers } from "./council";

const REVIEWERS = [
  { sub: "s-hung", username: "base.reviewer", fullName: "Lê Văn Hùng", orgId: "ag-syt" },
  { sub: "s-thu", username: "base.member", fullName: "Nguyễn Thị Thu", orgId: "ag-syt" },
  { sub: "s-binh", username: "unit.reviewer", fullName: "Trần Văn Bình", orgId: "ag-syt-bvdk" },
];

describe("seating a council's members", () => {
  it("offers the members seated first, then the reviewers seen and not seated, each once", () => {
    const seats = candidates(REVIEWERS, [
      { sub: "s-thu", username: "base.member", fullName: "Nguyễn Thị Thu", orgId: "ag-syt", title: "Phó Giám đốc", chair: true },
      { sub: "s-old", fullName: "Phạm Văn Cũ", orgId: "ag-syt" },
    ]);
    expect(seats.map((s) => [s.sub, s.seated, s.chair, s.title])).toEqual([
      ["s-thu", true, true, "Phó Giám đốc"],
      ["s-old", true, false, ""],
      ["s-hung", false, false, ""],
      ["s-binh", false, false, ""],
    ]);
  });

  it("keeps one chair at most, and unseating a member unnames them as chair", () => {
    let seats = candidates(REVIEWERS, []);
    seats = changeSeat(seats, "s-hung", { seated: true });
    seats = changeSeat(seats, "s-thu", { seated: true });
    seats = changeSeat(seats, "s-hung", { chair: true });
    seats = changeSeat(seats, "s-thu", { chair: true });
    expect(seats.filter((s) => s.chair).map((s) => s.sub)).toEqual(["s-thu"]);
    seats = changeSeat(seats, "s-thu", { seated: false });
    expect(seats.filter((s) => s.chair)).toEqual([]);
  });

  it("sends the seated only, with a title when one was given", () => {
    let seats = candidates(REVIEWERS, []);
    seats = changeSeat(seats, "s-hung", { seated: true, title: "  Bí thư  ", chair: true });
    seats = changeSeat(seats, "s-binh", { seated: true, title: " " });
    expect(councilMembers(seats)).toEqual([
      { sub: "s-hung", username: "base.reviewer", fullName: "Lê Văn Hùng", orgId: "ag-syt", title: "Bí thư", chair: true },
      { sub: "s-binh", username: "unit.reviewer", fullName: "Trần Văn Bình", orgId: "ag-syt-bvdk", title: undefined,
        chair: false },
    ]);
  });

  it("shows the API's refusals at the form's fields, any member's at the members", () => {
    const refused = new ProblemError({ status: 400, violations: [
      { field: "quorum", message: "Số phiếu tối thiểu của hội đồng cấp cơ sở ít nhất là 2" },
      { field: "members[1].orgId", message: "Thành viên phải thuộc tổ chức lập hội đồng" },
    ] });
    expect(councilErrors(refused)).toEqual({
      quorum: "Số phiếu tối thiểu của hội đồng cấp cơ sở ít nhất là 2",
      members: "Thành viên phải thuộc tổ chức lập hội đồng",
    });
    expect(councilErrors(new Error("network"))).toEqual({});
  });
});
