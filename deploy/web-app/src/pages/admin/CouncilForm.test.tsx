import { MantineProvider } from "@mantine/core";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Apis } from "../../api/client";
import { Context } from "../../context";
import { initI18n } from "../../i18n";
import { fillJsdom } from "../../testing/jsdom";
import { CouncilForm } from "./CouncilForm";

beforeAll(() => {
  initI18n();
  fillJsdom();
});

afterEach(cleanup);

const COUNCIL = {
  id: "c-1", campaignId: "dvk-2026", level: "BASE", organisationId: "ag-syt", name: "Hội đồng xét cấp cơ sở",
  quorum: 2, version: 4, members: [
    { sub: "s-hung", username: "base.reviewer", fullName: "Lê Văn Hùng", orgId: "ag-syt", chair: true },
    { sub: "s-thu", username: "base.member", fullName: "Nguyễn Thị Thu", orgId: "ag-syt" },
  ],
} as const;

const SEEN = [
  { sub: "s-hung", username: "base.reviewer", fullName: "Lê Văn Hùng", orgId: "ag-syt" },
  { sub: "s-binh", username: "unit.reviewer", fullName: "Trần Văn Bình", orgId: "ag-syt-bvdk" },
];

function shown(reviewers: unknown[], sent: { path?: string; init?: Record<string, unknown> }[], council: object = COUNCIL) {
  const apis = {
    registry: { GET: async () => ({ data: { items: [] }, response: new Response(null, { status: 200 }) }) },
    recognition: {
      GET: async (path: string, init: Record<string, unknown>) => {
        sent.push({ path, init });
        return { data: { items: reviewers }, response: new Response(null, { status: 200 }) };
      },
      PUT: async (path: string, init: Record<string, unknown>) => {
        sent.push({ path, init });
        return { data: COUNCIL, response: new Response(null, { status: 200 }) };
      },
    },
  } as unknown as Apis;
  const person = { subject: "s-admin", username: "province.admin", name: "", organisationId: "ag", roles: ["admin"] };
  let saved = 0;
  render(
    <MantineProvider>
      <Context.Provider value={{ apis, person, session: {} as never }}>
        <CouncilForm campaignId="dvk-2026" levels={["BASE"]} council={council as never} onSaved={() => saved++}
          onCancel={() => {}} />
      </Context.Provider>
    </MantineProvider>,
  );
  return () => saved;
}

describe("the council's form", () => {
  it("offers the members and the committee's reviewers seen, and sends the change with the council's version", async () => {
    const sent: { path?: string; init?: Record<string, unknown> }[] = [];
    const saved = shown(SEEN, sent);
    await waitFor(() => expect(screen.getAllByTestId("seat")).toHaveLength(3));
    expect(sent[0].path).toBe("/api/v1/reviewers");
    expect(sent[0].init).toMatchObject({ params: { query: { organisationId: "ag-syt" } } });

    fireEvent.click(screen.getByLabelText("Trần Văn Bình (unit.reviewer · ag-syt-bvdk)"));
    fireEvent.change(screen.getByLabelText("Chức vụ của Trần Văn Bình"), { target: { value: "Giám đốc Bệnh viện" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));

    await waitFor(() => expect(saved()).toBe(1));
    const put = sent.find((s) => s.path === "/api/v1/councils/{id}")!;
    expect(put.init).toMatchObject({ params: { path: { id: "c-1" }, header: { "If-Match": "\"4\"" } },
      body: { name: "Hội đồng xét cấp cơ sở", quorum: 2 } });
    expect((put.init!.body as { members: { sub: string; title?: string; chair: boolean }[] }).members
      .map((m) => [m.sub, m.title, m.chair])).toEqual([
      ["s-hung", undefined, true], ["s-thu", undefined, false], ["s-binh", "Giám đốc Bệnh viện", false]]);
  }, 30_000); // a Mantine form in jsdom, on a machine the browser tests share

  it("says what to do when recognition has seen no reviewer of the committee", async () => {
    shown([], [], { ...COUNCIL, members: [] });
    await waitFor(() => expect(screen.getByTestId("no-reviewers").textContent)
      .toContain("Người xét xuất hiện ở đây sau lần đầu họ mở hàng hồ sơ chờ xét."));
  });
});
