import { MantineProvider } from "@mantine/core";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Apis } from "../../api/client";
import { Context } from "../../context";
import { initI18n } from "../../i18n";
import { answer, fillJsdom } from "../../testing/jsdom";
import { DecisionFormPage } from "./DecisionFormPage";
import { withChosen } from "./units";

beforeAll(() => {
  initI18n();
  fillJsdom();
});

afterEach(cleanup);

const TREE = [
  { id: "ag-syt", kind: "BASE", name: "Sở Y tế", parentId: "ag-dukcqdn" },
  { id: "ag-syt-bvdk", kind: "UNIT", name: "Bệnh viện Đa khoa", parentId: "ag-syt" },
  { id: "ag-syt-cdc", kind: "UNIT", name: "Trung tâm Kiểm soát bệnh tật", parentId: "ag-syt" },
  { id: "ag-sgddt-lx", kind: "UNIT", name: "THPT Long Xuyên", parentId: "ag-sgddt" },
];

describe("a commendation's unit", () => {
  it("is picked by name among the units under the committee, and sent as the unit's id", async () => {
    const sent: unknown[] = [];
    const apis = {
      registry: {
        GET: async (path: string) => answer(200, path === "/api/v1/organisations" ? { items: TREE }
          : { id: "ag-syt", kind: "BASE", name: "Sở Y tế" }),
      },
      recognition: {
        GET: async () => answer(200, { items: [] }),
        POST: async (_path: string, init: { body: unknown }) => {
          sent.push(init.body);
          return answer(201, { id: "d-1", number: "12-QĐ/BDV" });
        },
      },
    } as unknown as Apis;
    const person = { subject: "s", username: "base.reviewer", name: "", organisationId: "ag-syt", roles: ["reviewer"] };
    render(
      <MantineProvider>
        <Context.Provider value={{ apis, person, session: {} as never }}>
          <MemoryRouter initialEntries={["/review/decisions/new"]}>
            <Routes>
              <Route path="/review/decisions/new" element={<DecisionFormPage />} />
              <Route path="/review/decisions/:id" element={<p>issued</p>} />
            </Routes>
          </MemoryRouter>
        </Context.Provider>
      </MantineProvider>,
    );

    fireEvent.click(await screen.findByRole("button", { name: "Thêm khen thưởng" }));
    const unit = screen.getAllByLabelText("Đơn vị").find((e) => e.tagName === "INPUT")!;
    fireEvent.click(unit);
    fireEvent.change(unit, { target: { value: "Bệnh viện" } });
    // only units under the committee's base are offered, by their names
    expect(screen.queryByRole("option", { name: "THPT Long Xuyên" })).toBeNull();
    fireEvent.click(await screen.findByRole("option", { name: "Bệnh viện Đa khoa" }));
    await waitFor(() => expect((unit as HTMLInputElement).value).toBe("Bệnh viện Đa khoa"));

    fireEvent.click(screen.getByRole("button", { name: "Ban hành quyết định" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect((sent[0] as { commendations: { unitId: string }[] }).commendations[0].unitId).toBe("ag-syt-bvdk");
  }, 30_000);

  it("keeps a unit chosen elsewhere (a case's) when the list lacks it", () => {
    const units = [{ value: "ag-syt-bvdk", label: "Bệnh viện Đa khoa" }];
    expect(withChosen(units, "ag-x")).toEqual([{ value: "ag-x", label: "ag-x" }, ...units]);
    expect(withChosen(units, "ag-syt-bvdk")).toBe(units);
    expect(withChosen(units, "")).toBe(units);
  });
});
