import { MantineProvider } from "@mantine/core";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Apis } from "../../api/client";
import { Context } from "../../context";
import { initI18n } from "../../i18n";
import { fillJsdom } from "../../testing/jsdom";
import { CouncilPanel } from "./CouncilPanel";
import type { CaseView } from "./types";

beforeAll(() => {
  initI18n();
  fillJsdom();
});

afterEach(cleanup);

const COUNCIL = {
  id: "c-1", name: "Hội đồng xét cấp Khối", quorum: 3, members: [
    { sub: "sub-a", fullName: "Trần Thị Bình", title: "Trưởng ban", orgId: "ag-dukcqdn", chair: true },
    { sub: "sub-me", fullName: "Lê Văn Cường", orgId: "ag-dukcqdn" },
    { sub: "sub-d", fullName: "Võ Minh Đức", orgId: "ag-syt-bvdk" },
  ],
};

function shown(view: CaseView, subject: string) {
  const apis = {
    recognition: { GET: async () => ({ data: COUNCIL, response: new Response(null, { status: 200 }) }) },
  } as unknown as Apis;
  const person = { subject, username: "", name: "", organisationId: "ag-dukcqdn", roles: ["reviewer"] };
  return render(
    <MantineProvider>
      <Context.Provider value={{ apis, person, session: {} as never }}>
        <CouncilPanel view={view} onVoted={() => {}} />
      </Context.Provider>
    </MantineProvider>,
  );
}

const underReview = {
  modelId: "m-1", level: "BLOC", stage: "UNDER_REVIEW",
  judgement: { council: { councilId: "c-1", name: "Hội đồng xét cấp Khối", members: 3, recused: ["sub-d"], eligible: 2,
    quorum: 3, voted: 1, votesFor: 1, votesAgainst: 0, abstentions: 0, quorumReached: false, inFavour: false,
    ballots: [
      { sub: "sub-a", fullName: "Trần Thị Bình", recused: false, vote: "FOR" },
      { sub: "sub-me", fullName: "Lê Văn Cường", recused: false },
      { sub: "sub-d", fullName: "Võ Minh Đức", recused: true },
    ] } },
} as CaseView;

describe("the council's panel", () => {
  it("names the recused member as such, and the tally on the eligible members only", async () => {
    shown(underReview, "sub-me");
    await waitFor(() => expect(screen.getByText(/Võ Minh Đức/)).toBeTruthy());
    expect(screen.getByTestId("recused").closest("li")!.textContent).toContain("Võ Minh Đức");
    expect(screen.getAllByTestId("recused")).toHaveLength(1);
    expect(screen.getByText(/Trần Thị Bình, Trưởng ban \(chủ trì\)/)).toBeTruthy();
    expect(screen.getByText(/1\/2 thành viên được xét đã biểu quyết \(cần 3\)/)).toBeTruthy();
    expect(screen.getByText("Chưa đủ số biểu quyết")).toBeTruthy();
  });

  it("offers a vote to a member, never to a recused one nor to a reader off the council", async () => {
    shown(underReview, "sub-me");
    await waitFor(() => expect(screen.getByRole("button", { name: "Tán thành" })).toBeTruthy());
    cleanup();
    shown(underReview, "sub-d");
    await waitFor(() => expect(screen.getByText(/Võ Minh Đức/)).toBeTruthy());
    expect(screen.queryByRole("button", { name: "Tán thành" })).toBeNull();
    cleanup();
    shown(underReview, "sub-elsewhere");
    await waitFor(() => expect(screen.getByText(/Võ Minh Đức/)).toBeTruthy());
    expect(screen.queryByRole("button", { name: "Tán thành" })).toBeNull();
  });

  it("shows each member's vote, and the caller's own", async () => {
    shown(underReview, "sub-me");
    await waitFor(() => expect(screen.getAllByTestId("ballot")).toHaveLength(2));
    const ballots = screen.getAllByTestId("ballot");
    expect(ballots.map((b) => b.closest("li")!.textContent)).toEqual([
      "Trần Thị Bình, Trưởng ban (chủ trì) · Tán thành", "Lê Văn Cường · chưa biểu quyết"]);
    expect(ballots.map((b) => b.getAttribute("data-vote"))).toEqual(["FOR", "NONE"]);
    expect(screen.getByTestId("my-vote").textContent).toBe("Bạn chưa biểu quyết hồ sơ này.");
    cleanup();
    shown(underReview, "sub-a");
    await waitFor(() => expect(screen.getByTestId("my-vote").textContent).toContain("Bạn đã biểu quyết: Tán thành."));
    expect(screen.getByRole("button", { name: "Tán thành" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("tells a recused member why they do not vote", async () => {
    shown(underReview, "sub-d");
    await waitFor(() => expect(screen.getByTestId("my-recusal").textContent)
      .toBe("Bạn không tham gia xét hồ sơ này: mô hình thuộc đơn vị của bạn."));
  });

  it("says no vote is needed where the level formed no council", () => {
    shown({ ...underReview, judgement: {} } as CaseView, "sub-me");
    expect(screen.getByTestId("council").textContent).toContain("Cấp khối chưa thành lập hội đồng");
  });
});
