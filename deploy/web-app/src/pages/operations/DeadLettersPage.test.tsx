import { MantineProvider } from "@mantine/core";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Apis } from "../../api/client";
import { Context } from "../../context";
import { initI18n } from "../../i18n";
import { answer, fillJsdom } from "../../testing/jsdom";
import { DeadLettersPage } from "./DeadLettersPage";

beforeAll(() => {
  initI18n();
  fillJsdom();
});

afterEach(cleanup);

const LETTER = {
  id: "recognition-service.registry.model-events.dlq/0/7", sourceTopic: "registry.model-events", key: "m-7",
  eventType: "dvk.registry.model.submitted.v1", reason: "The payload is not a JSON document",
  failedAt: "2026-12-05T08:00:00Z", status: "PENDING",
};
const DONE = {
  id: "recognition-service.registry.model-events.dlq/0/3", sourceTopic: "registry.model-events", key: "m-3",
  eventType: "dvk.registry.model.withdrawn.v1", reason: "The payload lacks fields", status: "REPLAYED",
  outcome: "applied", replayedAt: "2026-12-04T08:00:00Z",
};

/** Three services: the registry with no letters, recognition with one open and one replayed, reporting away. */
function services(replayed: string[][]) {
  let recognition = [LETTER, DONE];
  const empty = { GET: async () => answer(200, { items: [] }) };
  return {
    registry: empty,
    recognition: {
      GET: async () => answer(200, { items: recognition }),
      POST: async (path: string, init: { params: { query: { id: string[] } } }) => {
        expect(path).toBe("/api/v1/recognition-dead-letters/replay");
        replayed.push(init.params.query.id);
        recognition = recognition.map((l) => (init.params.query.id.includes(l.id)
          ? { ...l, status: "REPLAYED", outcome: "applied", replayedAt: "2026-12-05T09:00:00Z" } : l));
        return answer(200, { attempted: 1, replayed: 1, failed: 0,
          letters: recognition.filter((l) => init.params.query.id.includes(l.id)) });
      },
    },
    reporting: { GET: async () => answer(503, { status: 503, title: "Dịch vụ tạm thời không phục vụ được" }) },
  } as unknown as Apis;
}

function shown(apis: Apis) {
  const person = { subject: "s", username: "operator", name: "Vận hành", organisationId: "ag", roles: ["operator"] };
  return render(
    <MantineProvider>
      <Context.Provider value={{ apis, person, session: {} as never }}>
        <DeadLettersPage />
      </Context.Provider>
    </MantineProvider>,
  );
}

describe("the operator's dead letters", () => {
  it("says all is well for a service without letters, and shows a service it cannot reach as a problem", async () => {
    shown(services([]));
    expect((await screen.findByTestId("letters-none")).textContent).toContain("Mọi sự kiện đều đã được xử lý");
    fireEvent.click(await screen.findByText("Báo cáo"));
    expect((await screen.findByRole("alert")).textContent).toContain("Dịch vụ tạm thời không phục vụ được");
  }, 30_000); // a whole screen rendered in jsdom: seconds on a loaded build machine

  it("shows what failed and why, replays the letters chosen once confirmed, and shows the result", async () => {
    const replayed: string[][] = [];
    shown(services(replayed));
    fireEvent.click(await screen.findByText("Xét công nhận (1)"));
    const letter = await screen.findByTestId("dead-letter");
    // waiting for a replay by default: the replayed one is behind the status filter
    expect(screen.getAllByTestId("dead-letter")).toHaveLength(1);
    expect(letter.textContent).toContain("dvk.registry.model.submitted.v1");
    expect(letter.textContent).toContain("The payload is not a JSON document");
    expect(letter.textContent).toContain("registry.model-events");

    const replayChosen = screen.getByRole("button", { name: "Phát lại các sự kiện đã chọn (0)" });
    expect(replayChosen.hasAttribute("disabled")).toBe(true);
    fireEvent.click(within(letter).getByRole("checkbox"));
    fireEvent.click(screen.getByRole("button", { name: "Phát lại các sự kiện đã chọn (1)" }));
    // nothing is sent before the operator confirms
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("Phát lại 1 sự kiện của dịch vụ Xét công nhận?");
    expect(replayed).toEqual([]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Phát lại (1)" }));

    await waitFor(() => expect(screen.getByTestId("replay-result").textContent)
      .toContain("Đã thử 1, thành công 1, vẫn lỗi 0."));
    expect(replayed).toEqual([[LETTER.id]]);
    await waitFor(() => expect(screen.queryAllByTestId("dead-letter")).toHaveLength(0));
    expect(screen.getByText("Xét công nhận (0)")).toBeTruthy();
  }, 30_000);
});
