import { MantineProvider } from "@mantine/core";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import type { Apis } from "../../api/client";
import { Context } from "../../context";
import { initI18n } from "../../i18n";
import { ModelFormPage } from "../ModelFormPage";
import { ModelPage } from "../ModelPage";

const MODEL = {
  id: "m1", status: "DRAFT", currentVersion: 0, unitId: "ag-syt-bvdk",
  content: { campaignId: "dvk-2026", title: "Tổ hòa giải", kind: "MODEL", field: "ECONOMY", ownerKind: "COLLECTIVE",
    summary: "Tóm tắt", goals: "Mục tiêu" },
};
const REFUSAL = {
  status: 409, title: "Xung đột", detail: "Cần điền các trường sau trước khi gửi: implementation, startedOn",
  violations: [
    { field: "implementation", message: "cần điền trước khi gửi" },
    { field: "startedOn", message: "cần điền trước khi gửi" },
  ],
};

const answer = (status: number, body: unknown) =>
  ({ data: status < 300 ? body : undefined, error: status < 300 ? undefined : body,
    response: new Response(JSON.stringify(body), { status, headers: { ETag: '"1"' } }) });

/** The registry as far as these screens ask it: the draft, no evidence, no campaign open, and the refusal. */
const apis = {
  registry: {
    GET: async (path: string) => answer(200, path.endsWith("/attachments") || path.endsWith("/campaigns") ? [] : MODEL),
    POST: async () => answer(409, REFUSAL),
  },
} as unknown as Apis;

beforeAll(() => {
  initI18n();
  // what jsdom lacks and Mantine asks for
  window.matchMedia = ((query: string) => ({
    matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {},
    addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  window.ResizeObserver = class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
  Object.defineProperty(document, "fonts", { value: { addEventListener: () => {}, removeEventListener: () => {} } });
});

describe("a submission refused for missing fields", () => {
  it("names them on the model's page, then shows each message at its field in the form", async () => {
    const person = { username: "unit.cadre", name: "Cán bộ", organisationId: "ag-syt-bvdk", roles: ["submitter"] };
    render(
      <MantineProvider>
        <Context.Provider value={{ apis, person, session: { token: async () => "t" } } as never}>
          <MemoryRouter initialEntries={["/models/m1"]}>
            <Routes>
              <Route path="/models/:id" element={<ModelPage />} />
              <Route path="/models/:id/edit" element={<ModelFormPage />} />
            </Routes>
          </MemoryRouter>
        </Context.Provider>
      </MantineProvider>,
    );

    fireEvent.click(await screen.findByRole("button", { name: "Gửi xét" }));
    const missing = await screen.findByTestId("missing");
    expect(missing.textContent).toContain("Cách làm: cần điền trước khi gửi");
    expect(missing.textContent).toContain("Ngày bắt đầu thực hiện: cần điền trước khi gửi");

    fireEvent.click(screen.getByRole("button", { name: "Sửa các mục còn thiếu" }));
    const implementation = await screen.findByLabelText("Cách làm");
    await waitFor(() => expect(implementation.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByLabelText("Ngày bắt đầu thực hiện").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("Tóm tắt").getAttribute("aria-invalid")).not.toBe("true");
    expect(screen.getAllByText("cần điền trước khi gửi")).toHaveLength(2);
  }, 30_000); // two whole screens rendered in jsdom: seconds on a loaded build machine
});
